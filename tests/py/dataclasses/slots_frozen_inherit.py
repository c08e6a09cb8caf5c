# slots=True with defaults, factories, inheritance and frozen=True;
# weakref_slot; frozen and non-frozen classes cannot inherit from each
# other; a frozen instance refuses setattr/delattr even for new names,
# and object.__setattr__ still gets through (as __post_init__ uses it).
import weakref
from dataclasses import dataclass, field, FrozenInstanceError, fields


@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True)
class Q(P):
    z: int = 5


print(Q(1, 2, [3]), Q.__slots__, [f.name for f in fields(Q)])


@dataclass(frozen=True, slots=True)
class FP:
    a: int
    b: str = "b"


fp = FP(1)
print(fp, hash(fp) == hash((1, "b")), FP.__slots__)
@dataclass(frozen=True)
class Tiny:
    a: int = 0


for action in [lambda: setattr(fp, "a", 2), lambda: delattr(fp, "b"),
               lambda: setattr(Tiny(), "new", 1), lambda: delattr(Tiny(), "a")]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(slots=True, weakref_slot=True)
class W:
    v: int


w = W(3)
r = weakref.ref(w)
print(r() is w, "__weakref__" in W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        v: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    norm: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "norm", (self.x ** 2 + self.y ** 2) ** 0.5)


print(Point(3, 4), Point(3, 4) == Point(3.0, 4.0), {Point(3, 4): 1}[Point(3, 4)])
try:
    @dataclass
    class Thawed(Point):
        z: float = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mutable:
    a: int


try:
    @dataclass(frozen=True)
    class Frozen(Mutable):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Point3(Point):
    z: float = 0.0


print(Point3(1, 2, 3))


class Plain:
    pass


@dataclass(frozen=True)
class FromPlain(Plain):
    q: int


fq = FromPlain(1)
fq2 = FromPlain(2)
print(fq, fq < fq2 if hasattr(FromPlain, "__lt__") and FromPlain.__lt__ is not object.__lt__ else "no order")
