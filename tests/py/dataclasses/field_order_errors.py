# The order of fields decides __init__'s parameters: a field without a
# default cannot follow one with a default, also across inheritance (a
# base's default field and a subclass's plain one), unless the later one
# is keyword-only; a redefined field keeps its first place.
from dataclasses import dataclass, field, fields, KW_ONLY



@dataclass
class Base:
    x: int
    y: int = 0


try:
    @dataclass
    class Child(Base):
        z: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Child2(Base):
    z: int = field(kw_only=True)


print(Child2.__doc__, Child2(1, z=3))


@dataclass
class Child3(Base):
    _: KW_ONLY
    z: int
    w: str = "w"


print(Child3.__doc__, Child3(1, 2, z=3))


@dataclass
class Redefine(Base):
    w: str = "w"
    x: int = 5


print([f.name for f in fields(Redefine)], Redefine(), Redefine.__doc__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: int = field(default=1)
        b: str = field()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad3:
        a: list = field(default=[1], default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad4:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad5:
        a: int
        b = field(default=2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class NoInit:
    a: int = 1
    b: int = field(init=False, default=9)
    c: int = 3


print(NoInit.__doc__, NoInit(4, 5))


@dataclass
class Plain:
    a: int
    b = 5                   # no annotation: a class attribute, not a field
    c: "int" = 2


print(fields(Plain)[-1].type, [f.name for f in fields(Plain)], Plain(1), Plain.b)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    Base(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Child3(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
