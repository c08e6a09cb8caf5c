# a key whose hash changes after insertion is lost: lookups probe the wrong slot, yet iteration still finds it
class Box:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    def __repr__(self):
        return 'Box(%r)' % self.v


k = Box(1)
d = {k: 'value'}
s = {k}
print(k in d, k in s, d[Box(1)])
k.v = 2
print(k in d, k in s, Box(2) in d, Box(1) in d, d.get(k, 'lost'))
print(list(d), [key is k for key in d], len(d), len(s))
d[k] = 'again'
print(len(d), d)
k.v = 1
print(k in d, d[k], len(d))
try:
    del d[Box(3)]
except KeyError as e:
    print('KeyError', e)
