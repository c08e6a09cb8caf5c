# _missing_ finds a member for a value that is not one; its None means ValueError; a wrong return is a TypeError; value lookup of unhashable values
from enum import Enum
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("Inactive"), Status("active"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)
class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Wrong(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class Raises(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
try:
    Raises(3)
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))
class Lists(Enum):
    A = [1, 2]
    B = [3]
print(Lists([3]), Lists([1, 2]).name, Lists.A.value)
