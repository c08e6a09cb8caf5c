# an Enum without members can be subclassed: shared methods, mixins with a data type, __init_subclass__, and the metaclass (EnumType, EnumMeta)
from enum import Enum, EnumType, EnumMeta
class Describable(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)
class Fruit(Describable):
    APPLE = "a"
    PEAR = "p"
print(Fruit.APPLE.describe(), list(Fruit), isinstance(Fruit.PEAR, Describable), Fruit.__mro__[1:])
class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclass", cls.__name__, list(cls.__members__))
class Size(Registered):
    S = 1
    L = 2
print(type(Fruit) is EnumType, EnumMeta is EnumType, isinstance(Fruit, EnumMeta), issubclass(EnumType, type))
class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = 0.25
print(FloatEnum.HALF, repr(FloatEnum.QUARTER), FloatEnum.HALF * 2, FloatEnum(0.5))
class TupleEnum(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(repr(TupleEnum.UNIT), TupleEnum.UNIT[0], TupleEnum((0, 0)))
