# IntEnum in 3.11: members are ints; str() and format() are the int's, repr is the enum's; arithmetic and comparisons as ints
from enum import IntEnum
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.LOW, str(Level.MID), repr(Level.HIGH), f"{Level.MID}", "%s %d" % (Level.LOW, Level.HIGH))
print(format(Level.MID, '03d'), f"{Level.HIGH:>5}|", "{:x}".format(Level.HIGH))
print(Level.LOW + 1, Level.HIGH * 2, Level.MID < Level.HIGH, Level.MID == 5, Level.LOW < 3, int(Level.MID))
print(sorted([Level.HIGH, 3, Level.LOW]), max(Level), sum(Level), isinstance(Level.LOW, int))
print(Level(10), Level(5) is Level.MID, [1, 2, 3, 4, 5, 6][Level.MID], list(range(Level.MID)))
print(Level.LOW.name, Level.LOW.value, type(Level.LOW.value), Level.HIGH.real, Level.HIGH.bit_length())
print({1: "one"}[Level.LOW], Level.LOW in {1, 2}, hash(Level.MID) == hash(5))
class Plain(int, __import__('enum').Enum):
    A = 1
print(Plain.A, repr(Plain.A), format(Plain.A), Plain.A + 1)
