# repr of a set that contains (through an object) itself prints set(...) instead of recursing
class Holder:
    def __init__(self):
        self.ref = None
    def __repr__(self):
        return 'Holder(%r)' % (self.ref,)

h = Holder()
s = {h}
h.ref = s
print(s)
class Bag(set):
    pass
b = Bag()
h2 = Holder()
b.add(h2)
h2.ref = b
print(b)
f = frozenset([h])
print(len(repr(f)) > 0, repr(f).count('set(...)'))
