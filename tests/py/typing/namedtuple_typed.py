# typing.NamedTuple: a tuple class from annotations, with defaults,
# methods and docstrings of its own; _fields, _field_defaults, _asdict,
# _replace, _make; the functional form; and what it refuses (a field
# without default after one with, overwriting _fields, other bases).
from typing import NamedTuple, List, Optional, get_type_hints


class Point(NamedTuple):
    """A point in the plane."""
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3.0, 4.0)
print(p, repr(p), p.dist(), p[0], p.label, len(p), tuple(p))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(p._asdict(), p._replace(y=1.5, label="q"), Point._make([1, 2, "r"]))
print(Point(1), Point(x=2, label="L"), p == (3.0, 4.0, None), isinstance(p, tuple))
print(get_type_hints(Point), Point.__mro__)
x, y, _ = p
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(hash(Point(1, 2)) == hash((1, 2, None)), {Point(1, 2): "a"}[(1, 2, None)])
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3), Employee._fields, Employee.__annotations__)
Pair = NamedTuple("Pair", first=int, second=List[int])
print(Pair(1, [2]), Pair.__annotations__)


class Line(NamedTuple):
    start: Point
    end: Point

    @property
    def length(self):
        return ((self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2) ** 0.5

    @classmethod
    def flat(cls, n):
        return cls(Point(0), Point(n))


print(Line.flat(5), Line.flat(5).length)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int
        _fields = ("z",)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad3(NamedTuple, dict):
        a: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4(NamedTuple):
        _a: int
except ValueError as e:
    print("ValueError:", e)
try:
    NamedTuple("X", [("a", int)], b=str)
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point3(1, -2).norm(), Point3(1, -2), Point3._fields)
