# Decimal to numbers: float(), int(), bool(), complex(), round() with and without ndigits, math.floor/ceil/trunc, as_integer_ratio, and the errors for NaN and infinity
import math
from decimal import *

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

vals = ['0', '-0', '0.5', '1.5', '2.5', '-0.5', '-1.5', '-2.5', '2.675', '0.1', '1E+20', '123456789012345678901234.5678',
        '1E-400', '1E+400', '-7.999', '3', '1E+3', '99.5', '-99.5', '0.0001']
for v in vals:
    d = Decimal(v)
    print(v, float(d), int(d), bool(d), round(d), math.floor(d), math.ceil(d), math.trunc(d), d.as_integer_ratio())
    print('  ', [show(lambda: round(d, n)) for n in (-2, -1, 0, 1, 2, 3)], complex(d))
for v in ['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity']:
    d = Decimal(v)
    print(v, show(lambda: float(d)), show(lambda: int(d)), show(lambda: round(d)), show(lambda: math.floor(d)),
          show(lambda: math.ceil(d)), show(lambda: d.as_integer_ratio()), show(lambda: round(d, 2)), bool(d))
print(show(lambda: round(Decimal('1.5'), 'a')), show(lambda: round(Decimal('1.5'), 1.0)))
print(show(lambda: round(Decimal('123456789012345678901234567890.5'), 2)))
with localcontext(rounding=ROUND_DOWN):
    print(round(Decimal('2.675'), 2), round(Decimal('2.5')), round(Decimal('-2.675'), 2))
print(float(Decimal('0.1')) == 0.1, float(Decimal('1.7976931348623157E+308')), float(Decimal('1E+309')), float(Decimal('-1E-330')))
print(int(Decimal('1E+50')) == 10**50, int(Decimal('-12345678901234567890.9')), isinstance(round(Decimal('1.5')), int))
print(math.isclose(Decimal('1.5'), 1.5), math.sqrt(Decimal(2)), math.isnan(Decimal('NaN')), math.isinf(Decimal('-Infinity')))
print(range(10)[int(Decimal('3.9'))], '%.3f' % Decimal('2.0005'), '%d' % Decimal('42.9'), '%s' % Decimal('1E+2'))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('-2').conjugate(), Decimal(3).radix(), Decimal(3).canonical())
