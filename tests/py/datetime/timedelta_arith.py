# timedelta arithmetic: with timedelta, ints and floats (CPython's rounding), floor and true division, modulo, divmod, comparisons
from datetime import timedelta

a = timedelta(days=1, hours=2, microseconds=5)
b = timedelta(hours=7, seconds=30)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)), repr(abs(a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0), repr(a * True))
print(repr(a * 1.5), repr(1.5 * a), repr(a * 0.1), repr(a * -2.25), repr(timedelta(microseconds=5) * 0.5), repr(timedelta(microseconds=7) * 0.5))
print(repr(a / 7), repr(a / 2.5), repr(a / -3), repr(timedelta(microseconds=3) / 2), repr(timedelta(microseconds=5) / 2))
print(repr(timedelta(1) / 3.0), repr(timedelta(seconds=1) / 1e6), repr(timedelta(seconds=1) / 3e6))
print(a / b, b / a, a // b, b // a, timedelta(1) / timedelta(7), timedelta(1) // timedelta(7))
print(repr(a // 7), repr(timedelta(microseconds=5) // 2), repr(timedelta(microseconds=-5) // 2))
print(repr(a % b), repr(timedelta(seconds=-1) % timedelta(hours=1)), repr(divmod(a, b)), repr(divmod(timedelta(-1), timedelta(hours=7))))
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == a * 1, timedelta(0) == timedelta(microseconds=0))
print(timedelta(1) == 1, timedelta(1) != 'x', timedelta(1) == None)
print(sorted([b, a, -a, timedelta(0), -b]))
print(sum([a, b, a], timedelta()))
print(max(a, b), min(a, b))
print(repr(timedelta(seconds=1) * 10**6), repr(timedelta(days=1) * 999999))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: timedelta(1) / 0)
show(lambda: timedelta(1) / 0.0)
show(lambda: timedelta(1) // 0)
show(lambda: timedelta(1) / timedelta(0))
show(lambda: timedelta(1) // timedelta(0))
show(lambda: timedelta(1) % timedelta(0))
show(lambda: divmod(timedelta(1), timedelta(0)))
show(lambda: timedelta(1) * float('nan'))
show(lambda: timedelta(1) * float('inf'))
show(lambda: timedelta(1) * 1e20)
show(lambda: timedelta.max + timedelta(1))
show(lambda: timedelta.min - timedelta(microseconds=1))
show(lambda: -timedelta.max)
show(lambda: -timedelta.min)
show(lambda: timedelta.max * 2)
