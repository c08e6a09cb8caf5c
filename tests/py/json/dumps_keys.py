# dict keys: str kept, int/float/bool/None converted as CPython does (True -> "true", 1.0 -> "1.0"), skipkeys, sort_keys with mixed keys
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": 5}))
print(json.dumps({False: 0, -3: 1, 1e20: 2, float('inf'): 3, float('nan'): 4}))
print(json.dumps({(1, 2): "t", "k": "v", frozenset(): 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
for bad in ((1,), b"x", object()):
    try:
        json.dumps({bad: 1})
    except TypeError as e:
        print("TypeError:", e)
