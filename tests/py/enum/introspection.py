# what an enum shows of itself: dir() of members and of the class (EnumType.__dir__), the private maps, the mro of the bundled classes, copy/deepcopy, __reduce_ex__, ordering refused
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, EnumType
import copy
class Color(Enum):
    RED = 1
    GREEN = 2
    def paint(self): pass
class W(IntEnum):
    A = 1
print(dir(Color.RED), dir(Color))
print(dir(W)[:8], 'A' in dir(W), '__members__' in dir(W), 'bit_length' in dir(W))
print(Color.RED.__objclass__, Color._member_names_, Color._value2member_map_, Color._member_type_, W._member_type_)
print(IntEnum.__mro__, Flag.__mro__, IntFlag.__mro__, StrEnum.__mro__)
print(isinstance(Color, EnumType), Color.__class__.__name__, repr(Enum), repr(Flag), repr(IntFlag))
print(str(W.A), '{}'.format(W.A), repr(W.A), W.A.real, -W.A, abs(W.A), W.A << 2, hash(W.A) == hash(1))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN, Color.RED.__reduce_ex__(2))
print(bool(Color), bool(Color.RED), Color.RED._name_, Color.RED._value_, Color.RED._sort_order_, Color.GREEN._sort_order_)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
print(Color.__members__.get('RED'), len(Color.__members__), list(Color.__members__.values()), dict(Color.__members__))
