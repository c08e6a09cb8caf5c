# round(): ties to even on the exact binary value; round(x) is an int, round(x, n) a float
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e300, -0.4, 3.7]:
    print(x, round(x), type(round(x)).__name__, round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, 5))
for n in range(-3, 20):
    print(n, round(123456.78901234567, n), round(-0.000123456789, n), round(5e-324, n + 320))
print(round(5.0, -1), round(15.0, -1), round(25.0, -1), round(0.5, 0), round(1e22, -22), round(1e300, -400))
print(round(1e-300, 400), round(2.5, 10 ** 20), round(2.5, -(10 ** 20)), round(-2.5, -(10 ** 20)), round(2.5, None))
print(round(float('inf'), 2), round(float('nan'), 2), round(-0.0), round(-0.0, 1), round(0.1 + 0.2, 15))
check(lambda: round(1.7e308, -308))
check(lambda: round(float('inf')))
check(lambda: round(float('-inf')))
check(lambda: round(float('nan')))
check(lambda: round(1.5, 1.0))
check(lambda: round(1.5, '2'))
check(lambda: round('1.5'))
check(lambda: (2.5).__round__())
check(lambda: (2.5).__round__(None))
