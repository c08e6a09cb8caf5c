# members named name/value, values of mixed types (a list needs the slow lookup), __str__/__format__ overridden, _ignore_, a __new__ of the enum with extra attributes, an int mixin with its own __new__
from enum import Enum, IntEnum, auto
class Field(Enum):
    name = 1
    value = 2
    other = 3
print(Field.name, Field.value, Field.name.name, Field.value.value, Field.other.name, list(Field))
class Mixed(Enum):
    A = 1
    B = 'two'
    C = (3, 4)
    D = [5]
print(list(Mixed), Mixed([5]), Mixed((3, 4)), Mixed('two'))
class Animal(Enum):
    DOG = auto()
    CAT = auto()
    def __str__(self): return self.name.lower()
print(Animal.DOG, f"{Animal.CAT}", [str(a) for a in Animal], repr(Animal.DOG), format(Animal.DOG, '>5'))
class Num(IntEnum):
    ONE = 1
    def __format__(self, spec): return 'custom'
print(f"{Num.ONE}", str(Num.ONE))
class Cfg(Enum):
    _ignore_ = 'tmp i'
    tmp = 1
    for i in range(3):
        pass
    X = 5
print(list(Cfg))
class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = (1, 'low')
    HIGH = (2, 'high')
print(Custom(1), Custom.HIGH.label, Custom.LOW.value, Custom.__new_member__ is not None)
class IntCustom(int, Enum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    A = (1, 'first')
print(IntCustom.A, IntCustom.A.doc, IntCustom(1), IntCustom.A + 1)
try:
    Color = Enum('Color', 'RED GREEN')
    Color.RED = 5
except AttributeError as e:
    print(e)
