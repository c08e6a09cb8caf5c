# comparison chains and membership
a < b <= c > d >= e == f != g
x in y
x not in y
x is None
x is not None
(a < b) < c
not a == b
