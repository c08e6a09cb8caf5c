# float ** follows C99's pow special cases; overflow raises OverflowError with errno text
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
inf, nan = float('inf'), float('nan')
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan]
exps = [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, inf, -inf, nan]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(b, ' '.join(row))
print([b ** 0.5 for b in [0.0, -0.0, 1.0, 2.0, 0.5, inf, nan]], (-inf) ** 0.5, (-0.0) ** 0.5)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1080, 10.0 ** -400, (-2.0) ** 1023, 1.0000001 ** 1e7, 9 ** 0.5)
print(pow(2.5, 2), pow(-8.0, 3), pow(4, 0.5), pow(2, -1.0), (-1.0) ** 1e300, (-0.5) ** 1e300)
check(lambda: 2.0 ** 10000)
check(lambda: (-2.0) ** 10001)
check(lambda: 10 ** 400.0)
check(lambda: 0.0 ** -1)
check(lambda: 0.0 ** -0.5)
check(lambda: 0 ** -1.0)
check(lambda: 1e300 ** 2)
check(lambda: pow(2.0, 3, 5))
try:
    2.0 ** 10000
except OverflowError as e:
    print(e.args, len(e.args))
