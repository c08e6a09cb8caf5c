# make_dataclass with its options: bases, a namespace of methods and class
# attributes, frozen and order, kw_only, a KW_ONLY marker among the
# fields, slots, repr=False/eq=False, a docstring; and its errors
# (duplicated names, keywords, bad field specs, field order).
from dataclasses import make_dataclass, field, fields, asdict, KW_ONLY
from typing import List

Base = make_dataclass("Base", ["id"], frozen=True)
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))],
                       bases=(Base,), namespace={"norm": lambda self: abs(self.x) + abs(self.y), "K": 3},
                       frozen=True, order=True)
p = Point(7, 1, -2)
print(p, p.norm(), Point.K, Point.__mro__, Point.__module__, Point.__qualname__,
      [f.type for f in fields(Point)])
print(Point(1, 2) < Point(1, 3), asdict(p), hash(p) == hash(Point(7, 1, -2)))
C = make_dataclass("C", [("a", List[int], field(default_factory=list))], kw_only=True)
print(C(a=[1]), C())
for bad in [[("a", int), ("a", str)], ["class"], [("x", int, 1, 2)], [3], ["_x", "a b"]]:
    try:
        make_dataclass("Bad", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    make_dataclass("Bad", [("a", int, 1), ("b", int)])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("Thaw", ["z"], bases=(Base,))
except TypeError as e:
    print("TypeError:", e)
D = make_dataclass("D", [("k", int), ("_", KW_ONLY), ("v", int)])
print(D(1, v=2), fields(D)[1].kw_only)
S = make_dataclass("S", ["a", ("b", int, 5)], slots=True, repr=False, eq=False)
print(S.__slots__, S(1).b, S(1) == S(1), S.__repr__ is object.__repr__)
print(make_dataclass("E", [], namespace={"__doc__": "doc"}).__doc__, make_dataclass("F", []).__doc__)
