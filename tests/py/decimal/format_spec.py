# format() of Decimals: the f, e, g, % and n types, no type, fill, align, sign, z, zero-padding, width, grouping, precision, with the context's rounding; invalid specs
from decimal import *

vals = ['0', '-0', '1', '-1', '1.5', '2.5', '-2.5', '0.125', '123456.789', '-0.000123', '1E+10', '1.23456789E-10',
        '12345678901234567890.12345', '9.995', '0.0005', '1E+2', '-0.0', 'Infinity', '-Infinity', 'NaN', '-NaN5']
specs = ['', 'f', 'F', '.2f', '.0f', '10.3f', 'e', 'E', '.3e', '.0e', 'g', 'G', '.3g', '.0g', '.10g', '%', '.1%', 'n', '.3n',
         '<12', '>12', '^13', '=+12', '*^15.2f', '+', ' ', '-', '+.2e', ',', ',.2f', '015,.2f', '020', '010.1f', '0=12',
         'z.1f', 'z', '_<10', 'x>10.1%', '12,', '.30f', '.40g', ' 8.3g', '0<8']
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
for s in ['x', '#.2f', '_', ',n', '<010', '.f', '1.2.3', 'ff', '=', '10,_', '.2d', 'b', '%%']:
    try:
        print(s, repr(format(Decimal('1234.5'), s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP]:
    with localcontext(rounding=r):
        print(r, format(Decimal('2.675'), '.2f'), format(Decimal('-2.675'), '.2f'), format(Decimal('0.125'), '.2f'), format(Decimal('99.95'), '.1f'), format(Decimal('9.99'), '.1e'))
with localcontext(capitals=0):
    print(format(Decimal('1E+20'), ''), format(Decimal('1E+20'), 'g'), format(Decimal('1E+20'), 'G'))
x = Decimal('1234.5678')
print(f'{x:.2f} {x:>12,.1f} {x:e} {x:%} {x!r} {x!s:>10}', '{:.3}'.format(x), '{0:,}'.format(Decimal(10**12)))
