# ** and pow(): growth into gmp, negative exponents (floats), three-argument pow
for b in [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 40]:
    print(b, [b ** e for e in range(0, 6)], b ** 20)
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, 3 ** 40, 7 ** 23)
print(2 ** 1000 % 1000000007, len(str(3 ** 2000)), (-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1))
print(0 ** 0, 1 ** (10 ** 30), 0 ** (10 ** 30), (10 ** 20) ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 4 ** -0.5, type(2 ** -1))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 3, 7), pow(-3, 3, -7), pow(2, 100, 1), pow(2, 100, -1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(5, -1, 1))
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(10 ** 30, 10 ** 30, 97), pow(12345, 67890, 10 ** 50))
print(pow(2, 0, 5), pow(0, 0, 5), pow(7, 1, 3), pow(2, 3, 10 ** 30))
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: pow(2, 3, 0))
check(lambda: pow(2, -1, 4))
check(lambda: pow(0, -1, 5))
check(lambda: pow(2, 3, 1.0))
check(lambda: pow(2.0, 3, 5))
check(lambda: 0 ** -1)
check(lambda: 0 ** -(10 ** 30))
check(lambda: (10 ** 400) ** -1)
check(lambda: 2 ** -(10 ** 400))
