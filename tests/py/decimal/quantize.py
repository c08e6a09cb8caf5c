# quantize, normalize, to_integral_value/exact, round with every ROUND_* constant; the InvalidOperation of a too-long result, Inexact and Rounded flags, same_quantum
from decimal import *

modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
print(modes)
vals = ['1.2345', '-1.2345', '2.5', '-2.5', '3.5', '0.05', '0.15', '1.005', '1.015', '-0.0001', '9.9999', '0', '-0', '10.51', '20.5', '0.25', '1.0501']
for v in vals:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal('0.01'), rounding=m)) for m in modes], [str(d.to_integral_value(m)) for m in modes])
c = Context(traps=[])
for a, b in [('1.23', '0.1'), ('1.23', '1E+1'), ('123', '1E+3'), ('-0.5', '1'), ('1.2', '0.0001'), ('1E+30', '1E-1'),
             ('Infinity', '1'), ('Infinity', 'Infinity'), ('1', 'Infinity'), ('NaN', '1'), ('1', 'sNaN'), ('0.001', '1E-999999'),
             ('123.456', '1E-999990'), ('1E-1000005', '1E-1000007'), ('0', '1E+5'), ('12345', '1E-25')]:
    c.clear_flags()
    print(a, b, repr(c.quantize(Decimal(a), Decimal(b))), sorted(k.__name__ for k, v in c.flags.items() if v))
try:
    Decimal('123456789').quantize(Decimal('1E-25'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('1.5').quantize(2), Decimal('1.23').quantize(Decimal('1E+1')))
for v in ['120.00', '0.00', '-0E+5', '1E+3', '100', '1.2000E-3', '-5.0', 'Infinity', 'NaN', '123456789012345678901234567890000']:
    c.clear_flags()
    print(v, repr(Decimal(v).normalize()), repr(c.normalize(Decimal(v))), sorted(k.__name__ for k, v in c.flags.items() if v))
for v in ['1.5', '-1.5', '2.000', '1E+5', '-0.4', '123.456', 'Infinity', 'NaN', '0.000']:
    c.clear_flags()
    d = Decimal(v)
    r1 = c.to_integral_value(d)
    f1 = sorted(k.__name__ for k, v in c.flags.items() if v)
    c.clear_flags()
    r2 = c.to_integral_exact(d)
    f2 = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(v, repr(r1), f1, repr(r2), f2, repr(d.to_integral()), repr(d.to_integral_exact(ROUND_FLOOR)))
try:
    Decimal(1).quantize(Decimal(1), 'ROUND_SIDEWAYS')
except TypeError as e:
    print('TypeError', e)
print(Decimal('2.17').same_quantum(Decimal('3.00')), Decimal('2.17').same_quantum(3), Decimal('Inf').same_quantum(Decimal('-Inf')),
      Decimal('NaN').same_quantum(Decimal('sNaN')), Decimal('NaN').same_quantum(1))
for p in [1, 2, 3]:
    with localcontext(prec=p):
        print(p, Decimal('1234').normalize(), Decimal('0.012345').normalize(), +Decimal('99.9'), Decimal('9.95') + 0)
