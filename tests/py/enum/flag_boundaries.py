# Flag boundaries: STRICT (Flag's default) refuses unknown bits with CPython's bit-pattern message, CONFORM drops them, EJECT returns a plain int, KEEP keeps them (IntFlag's default); ~ under each
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(C(7), repr(C(7)), C(4), repr(C(4)), repr(~C.A))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(E(7), type(E(7)).__name__, E(3), repr(~E.A))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(K(7), repr(K(7)), repr(~K.A))
class S(Flag):
    A = 1
    B = 2
    D = 8
for v in (4, 16, -1, 11):
    try:
        print(repr(S(v)))
    except ValueError as e:
        print("ValueError:", e)
print(repr(~S.A), repr(~S(0)), list(S), S._boundary_, FlagBoundary.STRICT, repr(STRICT), list(FlagBoundary))
class I(IntFlag):
    A = 1
    B = 4
print(repr(I(2)), repr(I(7)), repr(~I.A), repr(I(-1)), I._boundary_ is KEEP)
