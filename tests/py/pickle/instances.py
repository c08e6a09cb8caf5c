# instances of plain classes: NEWOBJ with the class, then the __dict__ as BUILD's state
import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
class Empty:
    pass
p = Point(1, 2)
data = pickle.dumps(p)
print(data)
q = pickle.loads(data)
print(q, q == p, q is p, type(q).__name__, vars(q))
data = pickle.dumps(Empty())
print(data, type(pickle.loads(data)).__name__)
pts = [Point(i, -i) for i in range(3)]
data = pickle.dumps(pts)
print(data)
print(pickle.loads(data))
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.n = 0
c = Counter()
c.n = 5
before = Counter.created
r = pickle.loads(pickle.dumps(c))
print(r.n, Counter.created == before, 'loads does not call __init__')
class Tagged(Point):
    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag
t = Tagged(3, 4, 'corner')
print(pickle.dumps(t))
t2 = pickle.loads(pickle.dumps(t))
print(t2, t2.tag, type(t2).__name__, isinstance(t2, Point))
