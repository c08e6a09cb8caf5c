# round (no ndigits returns int, with ndigits the input's type), divmod with ints and floats, abs of every number
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2.5, 0), round(17, -1), round(-0.5))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 0)), type(round(7)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 65, 3))
print(abs(-3), abs(3), abs(-3.5), abs(-0.0), abs(True), abs(False), abs(-(2 ** 100)), abs(float('-inf')))
