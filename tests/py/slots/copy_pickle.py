# copying and pickling instances whose state lives in slots
import copy, pickle

class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'

class Q(P):
    __slots__ = ('z',)

p = P(1, [2, 3])
c = copy.copy(p)
print(c, c.y is p.y)
d = copy.deepcopy(p)
print(d, d.y is p.y)
q = Q(1, 2)
q.z = 'zed'
q2 = copy.deepcopy(q)
print(q2, q2.z)
half = P.__new__(P)
half.x = 'only x'
h2 = copy.copy(half)
print(h2.x, hasattr(h2, 'y'))
r = pickle.loads(pickle.dumps(q))
print(type(r).__name__, r, r.z)
print(p.__getstate__() if hasattr(p, '__getstate__') else 'no __getstate__')
