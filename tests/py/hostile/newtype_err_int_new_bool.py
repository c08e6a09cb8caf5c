# int.__new__(bool) would make a third bool: CPython refuses it ("int.__new__(bool) is not safe, use bool.__new__()"), uncaught here
print(int.__new__(int, 7), bool.__new__(bool, 7))
third = int.__new__(bool, 2)
print(third)
