# setdefault and pop search the table once, as CPython's: a counting __eq__ shows each comparison
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, other):
        calls.append(self.v)
        return isinstance(other, K) and self.v == other.v
    def __repr__(self): return 'K(%d)' % self.v
d = {K(0): 0, K(1): 1}
calls.clear(); print(d.setdefault(K(2), 'new'), calls)
calls.clear(); print(d.setdefault(K(1), 'x'), calls)
calls.clear(); print(d.pop(K(0)), calls)
calls.clear(); print(d.pop(K(9), 'dflt'), calls)
calls.clear(); print(d.get(K(2)), K(2) in d, calls)
d2 = {}
print(d2.setdefault('a', []), d2.setdefault('a', [1]), d2)
try:
    d2.setdefault([1])
except TypeError as e: print(e)
print(d)
