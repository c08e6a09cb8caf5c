# Decimal among Python's numbers: registered as numbers.Number only, in sum/sorted/min/max, statistics mean and median, Fraction(Decimal), math functions, mixed int arithmetic, and the TypeErrors of mixing with floats, Fractions and complex numbers
import math
import numbers
import statistics
from decimal import *
from fractions import Fraction

print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Complex), isinstance(Decimal(1), numbers.Real),
      isinstance(Decimal(1), numbers.Rational), issubclass(Decimal, numbers.Number), issubclass(Decimal, numbers.Integral))
data = [Decimal('1.5'), Decimal('2.25'), Decimal('0.1'), Decimal('7'), Decimal('-3.3')]
print(sum(data), sum(data, Decimal('0.00')), sorted(data), min(data), max(data), sorted(data, reverse=True))
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.mean([Decimal('0.1'), Decimal('0.2')]), statistics.median([Decimal(1), Decimal(2)]), statistics.mode([Decimal(1), Decimal(1), Decimal(2)]))
print(repr(statistics.mean(data)), repr(statistics.fmean(data)))
for s in ['1.5', '-0.125', '3', '1E+3', '1E-3', '0']:
    print(s, Fraction(Decimal(s)), Fraction(Decimal(s)) == Decimal(s), Fraction.from_decimal(Decimal(s)))
for s in ['NaN', 'Infinity']:
    try:
        Fraction(Decimal(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.fsum([Decimal('0.1')] * 10), math.prod([Decimal('1.5'), 2, 3]))
print(abs(Decimal('-3')), divmod(Decimal(17), 5), pow(Decimal(2), 3), round(Decimal('3.14159'), 3), max(1, Decimal('1.5'), 0.5))
def err(f):
    try:
        f()
        print('no error')
    except TypeError as e:
        print('TypeError', e)
err(lambda: Decimal(1) + 1.5)
err(lambda: 1.5 + Decimal(1))
err(lambda: Decimal(1) - Fraction(1, 2))
err(lambda: Fraction(1, 2) * Decimal(1))
err(lambda: Decimal(1) / 1j)
err(lambda: Decimal(1) + 'a')
err(lambda: 'a' + Decimal(1))
err(lambda: [1] + Decimal(1))
err(lambda: Decimal(2) * 'ab')
err(lambda: 'ab' * Decimal(2))
err(lambda: Decimal(1) % 2.0)
err(lambda: divmod(Decimal(1), 1.5))
err(lambda: Decimal(2) ** 0.5)
err(lambda: Decimal(1) // None)
err(lambda: sum([Decimal(1), 0.5]))
class Meters:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return 'Meters.__radd__(%s)' % other
    def __rmul__(self, other):
        return 'Meters.__rmul__(%s)' % other
print(Decimal('1.5') + Meters(2), Decimal(3) * Meters(2))
print(statistics.variance(data), statistics.pvariance(data), statistics.stdev(data), statistics.pstdev(data))
print(repr(statistics.stdev([Decimal(1), Decimal(2), Decimal(4)])), statistics.pstdev([Decimal('1.5'), Decimal('1.5')]))
print(statistics.harmonic_mean([Decimal(1), Decimal(4)]), statistics.median_grouped([Decimal(1), Decimal(2), Decimal(2), Decimal(3)]))
