# collections.namedtuple: fields, defaults, _make, _asdict, _replace, _fields, repr, tuple behaviour, validation errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], len(p), p == (1, 2), tuple(p), list(p), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, Point.__doc__, Point.__name__, Point.__module__, Point)
print(Point._make([3, 4]), Point._make(range(2)), p._replace(x=10), p._asdict(), p)
print(hash(p) == hash((1, 2)), {p: 'point'}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9), Point(1, 0)))
print(p + (3,), p * 2, p.count(1), p.index(2), p[::-1], Point(*p), Point(**{'x': 5, 'y': 6}))
Color = namedtuple('Color', 'red green blue alpha', defaults=[255])
print(Color(1, 2, 3), Color._field_defaults, Color(1, 2, 3, 4), Color.__new__.__doc__)
Car = namedtuple('Car', 'make, model year')
print(Car('vw', 'golf', 1999), Car._fields)
Single = namedtuple('Single', 'only')
print(Single(1), Single._make(['x']), Single.__doc__)
Renamed = namedtuple('Renamed', ['ok', 'def', '_hidden', 'ok', '2'], rename=True)
print(Renamed._fields)
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1), type(v + v).__name__, Vector._fields)
for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
             lambda: namedtuple('T', 'a b', defaults=[1, 2, 3])):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: p._replace(z=1), lambda: namedtuple('T', 'a def'), lambda: namedtuple('T', 'a _b'),
             lambda: namedtuple('T', 'a a'), lambda: namedtuple('1T', 'a'), lambda: namedtuple('T', 'a-b')):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
print(Point.__new__.__qualname__, Point._make.__doc__, Point.__match_args__)
