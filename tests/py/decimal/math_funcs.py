# sqrt, exp, ln, log10, logb, scaleb and fma, correctly rounded at several precisions, with their special values, flags and ideal exponents
from decimal import *

def show(f):
    try:
        return repr(f())
    except (DecimalException, TypeError) as e:
        return '%s %s' % (type(e).__name__, e)

vals = ['0', '-0', '1', '2', '4', '0.04', '100', '1E+10', '1E-10', '0.5', '2.25', '10', '0.1', '123456789', '1.0001',
        '0.9999', '-1', '-0.5', '7', '3.14159265358979323846', '1E+100', '1E-100', 'Infinity', '-Infinity', 'NaN']
for v in vals:
    d = Decimal(v)
    print(v, show(d.sqrt), show(d.exp), show(d.ln), show(d.log10), show(d.logb))
for p in [1, 3, 9, 16, 28, 50, 100]:
    with localcontext(prec=p):
        print(p, Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(2).log10(), Decimal(-1).exp(),
              Decimal('0.5').ln(), Decimal(3).sqrt(), Decimal('1E-5').exp(), Decimal('1.000001').ln())
for v in ['1000', '0.001', '1E+500', '1E-500', '100000', '0.00001', '10', '1']:
    print(v, Decimal(v).log10(), Decimal(v).logb())
c = Context(traps=[])
for v in ['1E+10', '-1E+10', '2302586', '-2302586', '230258', '-1E-50', '1E-50', '1E-30']:
    c.clear_flags()
    print(v, repr(c.exp(Decimal(v))), sorted(k.__name__ for k, v in c.flags.items() if v))
for v, n in [('1.5', 2), ('1.5', -2), ('0', 5), ('1', 1000000), ('1', -1000000), ('7.5E+10', '-3'), ('Infinity', 5), ('NaN', 1)]:
    print(v, n, show(lambda: Decimal(v).scaleb(Decimal(n))), show(lambda: c.scaleb(Decimal(v), Decimal(n))))
print(show(lambda: Decimal(1).scaleb(Decimal('1.5'))), show(lambda: Decimal(1).scaleb(10**30)))
for a, b, x in [(2, 3, 4), ('1.5', '2.5', '-3.75'), ('1E+20', '1E+20', -1), (10**15, 10**15, 1), ('0.1', '0.1', '0.99'),
                ('Infinity', 0, 1), ('2', 'Infinity', '-Infinity'), ('NaN', 1, 1), (1, 1, 'sNaN')]:
    print(a, b, x, show(lambda: Decimal(a).fma(Decimal(b), Decimal(x))), show(lambda: c.fma(Decimal(a), Decimal(b), Decimal(x))))
print(Decimal(2).fma(3, 4), show(lambda: Decimal(2).fma(3, 4.0)))
with localcontext(prec=5):
    print(Decimal('12345.6').fma(10, 1), Decimal(123).sqrt(), Decimal('1.21').sqrt(), Decimal('1.210000').sqrt(), Decimal('0.0121').sqrt())
print(Decimal('0.0121').sqrt(), Decimal('1.21E+10').sqrt(), Decimal('1E+9').sqrt(), Decimal('4E-9').sqrt(), Decimal('-0.00').sqrt())
