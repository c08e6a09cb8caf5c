# / on ints is correctly rounded even when the operands do not fit a double
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
pairs = [(1, 3), (2, 3), (-1, 3), (10, 4), (0, 5), (0, -5), (-0, 7), (2 ** 53 + 1, 1), (2 ** 53 + 1, 3),
         (2 ** 63 - 1, 2 ** 63), (10 ** 30, 10 ** 15), (10 ** 400, 10 ** 399), (-(10 ** 400), 3 * 10 ** 399),
         (1, 10 ** 400), (-1, 10 ** 400), (2 ** 1100, 2 ** 100), (2 ** 1024 - 2 ** 970, 1),
         (2 ** 1024 - 2 ** 971, 1), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073),
         (123456789 ** 9, 987654321 ** 8), (2 ** 54 + 3, 2), (2 ** 55 + 6, 4), (10 ** 22, 1), (10 ** 23, 1)]
for a, b in pairs:
    check(lambda: a / b)
check(lambda: 1 / 0)
check(lambda: 10 ** 400 / 0)
check(lambda: 10 ** 400 / 1)
check(lambda: 2 ** 1024 / 1)
check(lambda: (2 ** 1024 - 2 ** 970) / 1)
check(lambda: float(2 ** 1024 - 2 ** 970))
check(lambda: float(2 ** 1024 - 2 ** 971))
for k in range(50, 70):
    n = 2 ** k + 1
    print(k, float(n), float(n * 3), n / 1, float(-n))
