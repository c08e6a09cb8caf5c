# check_circular: "Circular reference detected" for lists and dicts (in encode and iterencode); allow_nan=False messages as CPython's C and Python encoders word them
import json
a = [1]
a.append(a)
d = {}
d["self"] = [d]
for obj in (a, d):
    for kw in ({}, {"indent": 2}, {"sort_keys": True}):
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared, {"again": shared}]))
for f in (float("nan"), float("inf"), -float("inf")):
    for kw in ({}, {"indent": 1}):
        try:
            json.dumps([f], allow_nan=False, **kw)
        except ValueError as e:
            print("ValueError:", e)
    try:
        list(json.JSONEncoder(allow_nan=False).iterencode({"k": f}))
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([1.0, 2.5], allow_nan=False))
