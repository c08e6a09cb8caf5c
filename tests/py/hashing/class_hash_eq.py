# __hash__ and __eq__ overrides: equal objects with equal hashes are one key; the dict keeps the first key object
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, 2)
q = Point(1, 2)
print(p == q, p is q, hash(p) == hash(q), hash(p) == hash((1, 2)), hash(p))
d = {p: 'first'}
d[q] = 'second'
print(d, len(d), list(d)[0] is p)
print(d[Point(1, 2)], Point(2, 1) in d, Point(1.0, 2.0) in d)
s = {Point(i % 3, 0) for i in range(10)}
print(len(s), sorted(s, key=lambda pt: pt.x))
print((1, 2) in d, p == (1, 2))
