# instances of a plain class are hashable by identity: mutable yet hashable; equal-looking instances are different keys
class Plain:
    def __init__(self, v):
        self.v = v


a = Plain(1)
b = Plain(1)
print(hash(a) == hash(a), a == a, a == b, a != b, hash(a) == a.__hash__(), a.__eq__(b))
d = {a: 'a', b: 'b'}
print(len(d), d[a], d[b], Plain(1) in d)
a.v = 99
print(d[a], a in d, a in {a}, b in {a})
print(hash(Plain) == hash(Plain), {Plain: 'the class'}[Plain], {len: 'len'}[len])
def f():
    pass
print({f: 'func'}[f], hash(f) == hash(f))
print(len({Plain(0) for i in range(5)}), len({x for x in [a, a, b, b, a]}))
