# subclasses of str, tuple and bytes: their items come last and vary in
# size, yet instances get a __dict__ (and a str subclass its slots)
import gc

class Name(str):
    pass

n = Name('ada')
n.born = 1815
print(n, n.upper(), n.born, n.__dict__, len(n), n == 'ada', hash(n) == hash('ada'))

class Pair(tuple):
    def total(self):
        return sum(self)

p = Pair((3, 4))
p.label = 'pair'
print(p, p.total(), p.label, p[1], len(p), vars(p))

class Blob(bytes):
    pass

b = Blob(b'\x00\x01abc')
b.kind = 'raw'
print(b, b.kind, len(b), b[2:])

class Tagged(str):
    __slots__ = ('tag',)

t = Tagged('hello world, a longer string than the others')
t.tag = 'greeting'
print(t, t.tag, hasattr(t, '__dict__'))
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError:', e)

class TaggedMore(Tagged):
    __slots__ = ('extra', '__dict__')

tm = TaggedMore('x')
tm.tag, tm.extra, tm.free = 1, 2, 3
print(tm, tm.tag, tm.extra, tm.free, tm.__dict__)

class Sub(Pair):
    pass

s = Sub(range(100))
s.self_ref = s
s.more = [s]
print(len(s), s.total(), s.self_ref is s)
del s
print(gc.collect() >= 1)

for k in range(50):
    x = Name('n' * k)
    x.k = k
    y = Pair(range(k))
    y.k = k
    assert x.k == k and y.k == k and len(x) == k and len(y) == k
print('fifty sizes ok')
