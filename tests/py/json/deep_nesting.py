# nesting: deep but fine documents decode and encode; too deep ones raise RecursionError with the scanner's and encoder's words
import json
ok = "[" * 200 + "]" * 200
v = json.loads(ok)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth, json.dumps(json.loads(ok)) == ok, json.loads('{"a":' * 100 + '1' + '}' * 100)["a"]["a"]["a"] is not None)
for text in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("RecursionError:", e)
