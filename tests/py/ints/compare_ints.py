# comparisons on ints: chained comparisons, equality of big and small values, bools as ints
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(5 >= 5, 5 <= 4, 5 != 5, -3 < -2)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 64 > -1)
print(True < 2, False < True, True == 1.0)
print(sorted([3, -1, 2 ** 65, -(2 ** 65), 0, 7]))
x = 5
print(0 < x < 10, 0 < x > 3, 1 < x < 4)
