# __eq__ and __hash__: equal objects as dict keys and set members; default identity equality
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%d, %d)' % (self.a, self.b)

k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 != k2, k1 == k3, k1 is k2)
print(k1 == (1, 2), k1 != 'x')
d = {k1: 'first'}
d[k2] = 'second'
d[k3] = 'third'
print(len(d), d[Key(1, 2)], d)
s = {k1, k2, k3, Key(2, 1)}
print(len(s), Key(2, 1) in s)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}))
print(hash(k1) == hash(k2), hash(p) == hash(p))
