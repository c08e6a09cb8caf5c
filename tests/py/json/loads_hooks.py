# object_hook, object_pairs_hook (wins over object_hook), parse_float, parse_int, parse_constant, strict=False, cls=JSONDecoder subclass
import json, collections
text = '{"b": 1, "a": {"n": 2.50, "m": [1, 2, 3]}, "z": NaN}'
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads(text, object_pairs_hook=collections.OrderedDict))
print(json.loads(text, object_pairs_hook=list, object_hook=dict))
print(json.loads(text, parse_float=lambda s: "float:" + s, parse_int=lambda s: int(s) * 100))
print(json.loads(text, parse_constant=lambda c: "const:" + c))
print(json.loads('[1.10, 1e5]', parse_float=str), json.loads('{}', object_hook=lambda d: "empty"))
print(repr(json.loads('"tab\there\nnewline"', strict=False)))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=D), json.loads('[1]', cls=D, parse_int=float))
dec = json.JSONDecoder(object_pairs_hook=lambda p: p)
print(dec.decode('{"x": {"y": []}}'), dec.raw_decode('{"q": 1} trailing', 0), dec.raw_decode('  [2]', 2))
keys = json.loads('[{"same": 1}, {"same": 2}]')
print(keys, [list(d)[0] for d in keys])
