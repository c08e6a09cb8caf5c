# captures are stored once a pattern has matched; if the guard then fails, they stay bound (as CPython)
x = "unset"
match (1, 2):
    case (x, y) if x > 5:
        print("not taken")
    case _:
        print("fell through; x =", x, "y =", y)

z = "unset"
match [1, 2, 3]:
    case [z, 0]:
        print("no")
    case _:
        print("a pattern that fails binds nothing here: z =", z)
