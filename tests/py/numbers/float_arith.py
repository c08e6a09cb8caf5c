# float // and % take the divisor's sign (CPython's float_divmod), -0.0, inf and nan propagate
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
xs = [7.5, -7.5, 0.0, -0.0, 1e300, 5e-324, 3.0, float('inf'), float('-inf'), float('nan')]
ys = [2.0, -2.0, 0.5, -0.5, 3, float('inf'), float('-inf'), 1e-300]
for x in xs:
    print(x, [(x // y, x % y) for y in ys])
for x in xs[:7]:
    print(x, x + 1, x - 1.5, x * -2, x / 4, -x, abs(x), +x, x * 0)
print(1 - 0.9, 0.1 * 3, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2 ** 0.5, 1.0 + 2 ** 53, 5 % -0.0 if False else 0)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(1e300, 3e-300) if False else 0, divmod(-0.0, 1.0))
print(3 + 4.5, 3 - 4.5, 3 * 4.5, 3 / 4.5, 3 // 4.5, 3 % 4.5, 2 ** 0.5, 10 ** -1, 10.0 ** -1)
print(float('inf') - float('inf'), float('inf') * 0, float('nan') == float('nan'), 0.0 == -0.0)
check(lambda: 1.0 / 0)
check(lambda: 1.0 // 0.0)
check(lambda: 1.0 % 0)
check(lambda: divmod(1.0, 0))
check(lambda: 1 / 0.0)
check(lambda: 10 ** 400 + 1.0)
check(lambda: 1.0 * 10 ** 400)
check(lambda: 10 ** 400 / 2.0)
check(lambda: 1.5 + '1')
check(lambda: 1.5 & 1)
check(lambda: ~1.5)
check(lambda: 1.5 << 1)
