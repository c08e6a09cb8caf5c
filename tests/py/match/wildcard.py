# `_` matches anything and binds nothing; `_` is still an ordinary name outside patterns
_ = "underscore before"
match 99:
    case _:
        print("wildcard matched")
print(_)
match [1, 2, 3]:
    case [_, _, _]:
        print("three of anything")
match (1, 2):
    case (_, x):
        print("second is", x)
print(_)
