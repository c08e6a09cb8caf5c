# JSONDecoder and JSONEncoder subclasses: decode/encode overridden and calling super(), extra keyword arguments to loads/dumps reaching cls, raw_decode to read several documents from one string
import json
class Tagged(json.JSONDecoder):
    def __init__(self, *, tag="?", **kw):
        super().__init__(**kw)
        self.tag = tag
    def decode(self, s):
        return (self.tag, super().decode(s))
print(json.loads('[1, 2]', cls=Tagged, tag="T"), json.loads('{"a": 1.5}', cls=Tagged, parse_float=str))
class Upper(json.JSONEncoder):
    def __init__(self, *, shout=False, **kw):
        super().__init__(**kw)
        self.shout = shout
    def encode(self, o):
        s = super().encode(o)
        return s.upper() if self.shout else s
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk
print(json.dumps({"a": "b"}, cls=Upper, shout=True), json.dumps(["x"], cls=Upper), json.dumps([{"k": "v"}], cls=Upper, indent=1))
dec = json.JSONDecoder()
text = '{"n": 1} [2, 3]  "four" 5.0 null'
pos = 0
docs = []
while pos < len(text):
    while pos < len(text) and text[pos] == ' ':
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    docs.append(obj)
print(docs)
try:
    json.loads('[]', cls=Tagged, bogus=1)
except TypeError as e:
    print("TypeError:", e)
