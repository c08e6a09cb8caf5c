# json.dumps of every basic type: separators by default, floats as float.__repr__, ints, None/True/False, nesting
import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(10 ** 30), json.dumps(1.5), json.dumps(0.1 + 0.2), json.dumps(1e16), json.dumps(1e-7))
print(json.dumps(-0.0), json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps("plain"), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps([1, [2, [3, []]], {"a": {"b": {}}}]))
print(json.dumps({"k": (1, 2), "l": [None, True, False, 2.0]}))
print(json.dumps([3, 4][::-1]), json.dumps(list(range(5))))
print(type(json.dumps(1)).__name__, json.__all__)
