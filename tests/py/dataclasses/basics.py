# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields;
# __eq__ compares the fields as tuples, only with the same class, so
# __hash__ becomes None; the class gets a __doc__ with its signature and
# __match_args__ for match statements.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point(5), Point(y=3, x=4))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
match p:
    case Point(1, y):
        print("matched, y =", y)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


class Documented:
    """My own doc."""


print(dataclass(Documented).__doc__)
