# slots=True makes a new class with __slots__ for the fields (no __dict__);
# make_dataclass builds a dataclass from a list of fields; fields(),
# is_dataclass() and the errors of both.
import dataclasses
from dataclasses import dataclass, field, fields, is_dataclass, make_dataclass


@dataclass(slots=True)
class S:
    a: int
    b: str = "x"


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print("TypeError:", e)

P3 = make_dataclass("P3", ["z", ("x", int), ("y", int, field(default=5))],
                    namespace={"total": lambda self: self.x + self.y})
p = P3(0, 1)
print(p, p.total(), P3.__doc__, [f.type for f in fields(P3)])
for bad in ([("a", int), ("a", str)], ["not valid"], ["class"], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
print(is_dataclass(p), is_dataclass(P3), is_dataclass(1), is_dataclass(dataclass))
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dataclasses.__all__))
print(dataclasses.MISSING.__class__.__name__, repr(dataclasses.KW_ONLY.__class__.__name__))
