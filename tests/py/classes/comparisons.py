# rich comparisons: __lt__ and friends, the reflected fallback (a > b tries b.__lt__), __ne__ derived from __eq__, sorting with __lt__
VERBOSE = True
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
    def __eq__(self, other):
        if VERBOSE:
            print('  eq', self, other)
        return self.parts == other.parts
    def __lt__(self, other):
        if VERBOSE:
            print('  lt', self, other)
        return self.parts < other.parts
    def __le__(self, other):
        if VERBOSE:
            print('  le', self, other)
        return self.parts <= other.parts

a, b = Version('1.2'), Version('1.10')
print('a < b:', a < b)
print('a > b:', a > b)          # no __gt__: tries b.__lt__(a)
print('a >= b:', a >= b)        # no __ge__: tries b.__le__(a)
print('a != b:', a != b)        # __ne__ inverts __eq__
print('a == a:', a == a)
VERBOSE = False      # which comparisons a sort makes is the sort algorithm's business
vs = [Version(t) for t in ['2.0', '1.10', '1.2', '1.9.1']]
print(sorted(vs)[0], max(vs, key=lambda v: v.parts), min(vs, key=lambda v: v.parts))
class Loose:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented
try:
    Loose(1) < Loose(2)
except TypeError as e:
    print('TypeError:', e)
