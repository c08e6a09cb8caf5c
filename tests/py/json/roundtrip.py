# dumps then loads gives the value back (tuples become lists, keys become strings); a mid-sized structure; dump/load through files
import json, io, os
data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 0.25, "tags": ["t%d" % (i % 3)], "active": i % 2 == 0,
                   "meta": None} for i in range(200)], "count": 200, "ratio": 1 / 3, "nested": [[[[]]]]}
text = json.dumps(data)
back = json.loads(text)
print(back == data, len(text), text[:120])
pretty = json.dumps(data, indent=2, sort_keys=True)
print(json.loads(pretty) == data, len(pretty), pretty.count("\n"))
print(json.loads(json.dumps({1: (1, 2), 2.5: [()]})))
buf = io.StringIO()
json.dump(data, buf)
buf.seek(0)
print(json.load(buf) == data)
path = "json_roundtrip_tmp.json"
with open(path, "w") as f:
    json.dump({"file": [1, 2, 3]}, f, indent=1)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(json.load(f, object_hook=lambda d: sorted(d.items())))
os.remove(path)
for x in [0.1, 1 / 3, 1e-300, 123456789.125, 2 ** 53 + 1, -(2 ** 70), "\U0001f600", "\u0000"]:
    assert json.loads(json.dumps(x)) == x, x
print("scalars ok")
