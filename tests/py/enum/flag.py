# Flag: members combine with | & ^, repr <Perm.R|W: 6>, str Perm.R|W, ~ inverts within the members, iteration over bits, in, len, bool, Perm(0)
from enum import Flag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), RW.value, RW.name, Perm(6) is RW, Perm(7), repr(Perm(0)), str(Perm(0)))
print(list(RW), list(Perm), len(Perm), len(RW), bool(Perm(0)), bool(Perm.X))
print(Perm.R in RW, Perm.X in RW, ~Perm.R, ~RW, ~Perm(0), ~Perm(7), repr(~Perm.X))
print(RW & Perm.W, RW & Perm.X, RW ^ Perm.R, Perm.X | Perm.R, Perm.R | Perm.R)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0
print(list(Color), Color.WHITE, repr(Color.RED | Color.GREEN), Color.NONE, repr(Color(0)), list(Color.WHITE))
print(Color.__members__.keys(), Color(7) is Color.WHITE, ~Color.RED)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)
