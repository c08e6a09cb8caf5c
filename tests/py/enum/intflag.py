# IntFlag: members are ints, combine with ints, keep unknown bits (<P.R|8: 12>), str is the int's in 3.11
from enum import IntFlag, auto
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R | 8, repr(P.R | 8), P(9), repr(P(9)), P(0), repr(P(0)))
print(~P.R, repr(~P.R), P.R + 1, P.R == 4, P.W & 3, repr(P.W & 3), 2 | P.X, repr(2 | P.X))
print(list(P.R | P.X), isinstance(P.R, int), f"{P.R | P.W}", format(P.X, '04b'), P.R in (P.R | P.W))
class Mode(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
print(list(Mode), repr(Mode.AB), Mode(3) is Mode.AB, repr(Mode(7)), len(Mode.AB))
