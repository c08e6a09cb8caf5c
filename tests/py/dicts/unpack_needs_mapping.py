# {**x} takes a mapping: a dict, or anything with keys() and [];
# pairs are not enough (dict(x) and d.update(x) accept them).
class Keys:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, key):
        return key.upper()

print({**{1: 2}, **Keys(), 'c': 3})
print(dict([(1, 2)]))
d = {}
d.update([(5, 6)])
print(d)
for bad in ([(1, 2)], 1, 'ab', None, {1, 2}):
    try:
        print({**bad})
    except TypeError as e:
        print(e)

class KeysFails:
    def keys(self):
        raise AttributeError('no keys today')
try:
    {**KeysFails()}
except TypeError as e:
    print(e)
