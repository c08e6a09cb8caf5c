# JSONEncoder.iterencode yields the text in CPython's pieces; dump writes each piece to the file; encode joins them
import json, io
enc = json.JSONEncoder()
print(list(enc.iterencode([1, "a", [2, {"k": None}], {}, []])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({"b": [1, 2], "a": {"c": 3.5}})))
print(list(enc.iterencode("just a string")), list(enc.iterencode(5)))
class Recorder:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
r = Recorder()
json.dump({"x": [1, 2, {"y": "z"}], "t": True}, r)
print(r.parts)
buf = io.StringIO()
json.dump([{"a": 1}, "b"], buf, indent=1)
print(buf.getvalue())
print(enc.encode({"k": [1, 2]}), json.JSONEncoder(separators=(",", ":")).encode([1, {"a": 2}]))
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=2).item_separator)
