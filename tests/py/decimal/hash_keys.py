# hash(Decimal) agrees with int, float and Fraction hashes for equal values; Decimals as dict keys and set members; sNaN is unhashable
from decimal import *
from fractions import Fraction

for s in ['0', '-0', '1', '1.0', '1.00', '-1', '1.5', '0.1', '0.5', '-2.25', '1E+2', '100', '12345678901234567890',
          '1E+50', '1E-50', '3.14159', 'Infinity', '-Infinity', '2E+1000', '123.456E-400', '-0.000']:
    d = Decimal(s)
    h = hash(d)
    line = [s, h]
    if d == int(d) if d.is_finite() else False:
        line.append(h == hash(int(d)))
    if d.is_finite():
        line.append(h == hash(Fraction(d)))
    if abs(d) < Decimal('1E+300') or d.is_infinite():
        line.append(h == hash(float(d)) if float(d) == d else 'inexact float')
    print(*line)
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal('0.5')) == hash(Fraction(1, 2)), hash(Decimal(10**40)) == hash(10**40))
d = {Decimal('1.0'): 'a', 2: 'b', Decimal('0.5'): 'c'}
print(d[1], d[Decimal('2.00')], d[0.5], d[Fraction(1, 2)], Decimal('1.00') in d, 1.0 in d)
s = {Decimal('1'), Decimal('1.0'), 1, 1.0, Decimal('2'), Decimal('2.000')}
print(len(s), sorted(s))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
n = Decimal('NaN')
print(hash(n) == hash(n), {n: 1}[n])
