# auto(): Enum counts up from 1 after the last value, StrEnum uses the lower-cased name, Flag the next power of two; _generate_next_value_ overridden
from enum import Enum, StrEnum, Flag, IntEnum, auto
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), repr(auto()), repr(auto(5)))
class S(StrEnum):
    NORTH = auto()
    South_East = auto()
print(list(S), S.NORTH.value, S.South_East == 'south_east')
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(F), [m.value for m in F])
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d" % (name, start, count)
    FIRST = auto()
    SECOND = auto()
print([m.value for m in Named])
class I(IntEnum):
    A = 5
    B = auto()
    C = auto()
print([m.value for m in I], I.C + 0)
