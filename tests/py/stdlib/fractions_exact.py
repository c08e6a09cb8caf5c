# fractions.Fraction: exact rationals from ints, floats (exactly) and
# strings; arithmetic exact with ints and Fractions, float with floats;
# CPython's ZeroDivisionError numbers, hashes equal to equal floats and
# ints, rounding half to even, limit_denominator, pickling.
from fractions import Fraction
import math, copy, pickle
F = Fraction
print(F(10, -8), F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F('314'), F('-35/4'), F('3.1415'), F('-47e-2'), F(1.47), F(2.25), F(), F(3))
print(F(' 1.5 '), F('+.5'), F('1_000/3'), F('2.5E2'), F('1.'), F('7e-3'))
for bad in ('', '1/', '/2', '1.5/2', 'x', '1e', '1 2', '--1', '1__0', '1/0'):
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
for bad in ((1, 0), (1.5, 2), ([],), (1, 'x')):
    try: print(F(*bad))
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
for bad in (float('nan'), float('inf')):
    try: F(bad)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, F(-3, 4) ** -3, a ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(2, 3) ** 0.5)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 3, 3 / a, a + 0.25, 0.25 + a, a * 1.5, 7 // a, 7 % a)
for z in (lambda: a / 0, lambda: a / F(0), lambda: F(0) ** -1, lambda: a // 0, lambda: a % 0, lambda: 1 / F(0), lambda: F(-6, 4) / 0):
    try: z()
    except ZeroDivisionError as e: print("ZeroDivisionError:", e)
print(a == F(6, 8), a == 0.75, a == 0.7, F(1) == 1, F(1, 2) == 0.5, a != b, a < b, a <= 0.75, a > 1, b >= F(5, 6), F(1) < float('inf'), F(1) == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), {F(1, 2): 'half'}[0.5])
print(int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345), -2), float(F(1, 3)))
print(bool(F(0)), bool(a), -a, +a, abs(F(-1, 3)), a.numerator, a.denominator, a.as_integer_ratio(), repr(a), str(F(4, 2)))
print(F.from_float(0.1), F(0.1).limit_denominator(), F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F.from_float(3))
try: F.from_float('x')
except TypeError as e: print(e)
try: a.limit_denominator(0)
except ValueError as e: print(e)
print(copy.copy(a) is a, pickle.loads(pickle.dumps(a)) == a, a.__reduce__())
print(sum(F(1, n) for n in range(1, 11)), max(F(1, 3), F(1, 2), 0.4), sorted([F(1, 2), 0.3, 1, F(-1)]))
class MyF(Fraction): pass
m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, type(+m).__name__, copy.copy(m) == m)
print(isinstance(a, __import__('numbers').Rational), F(F(1, 2)), F(True))
print(f"{a}", "%s" % a, format(a, ''))
try: format(a, '.2f')
except TypeError as e: print(e)
