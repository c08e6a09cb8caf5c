# ** and pow(): integer exponents (exact with the ideal exponent, or rounded), negative exponents, non-integer exponents (libmpdec's results, 1.000... for exact ones), three-argument pow, and the special cases
from decimal import *

def show(f):
    try:
        return str(f())
    except (DecimalException, TypeError) as e:
        return '%s %s' % (type(e).__name__, e)

bases = ['2', '-2', '0.5', '1.1', '10', '1.000', '-1', '1', '0', '-0', '3', '7.25', '0.001', '123456789', 'Infinity', '-Infinity', 'NaN']
exps = [0, 1, 2, 3, -1, -2, 10, 31, -7, 100]
for b in bases:
    print(b, [show(lambda: Decimal(b) ** e) for e in exps])
fexps = ['0.5', '-0.5', '1.5', '2.0', '-2.0', '0.25', '3.3', '1E+1', 'Infinity', '-Infinity', '1E-30']
for b in bases:
    print(b, [show(lambda: Decimal(b) ** Decimal(e)) for e in fexps])
print(Decimal(4) ** Decimal('0.5'), Decimal(2) ** Decimal('0.5'), Decimal(10) ** Decimal('0.3010299956639812'))
print(2 ** Decimal('0.5'), 3 ** Decimal(2), pow(Decimal(2), 10), pow(2, Decimal(10)))
print(pow(Decimal(10), 2, 7), pow(Decimal(3), 100, 1000), pow(Decimal(-3), 3, 7), pow(Decimal(3), Decimal(5), Decimal(-7)))
print(show(lambda: pow(Decimal(3), Decimal('0.5'), 7)), show(lambda: pow(Decimal(3), -1, 7)), show(lambda: pow(Decimal(3), 2, 0)))
print(show(lambda: pow(Decimal('3.5'), 2, 7)), show(lambda: pow(Decimal(0), 0, 7)))
for p in [3, 9, 28, 40]:
    with localcontext(prec=p):
        print(p, Decimal('1.5') ** 20, Decimal(2) ** -10, Decimal(3) ** Decimal('0.5'), Decimal('0.9') ** 1000,
              Decimal(7) ** Decimal('-1.5'), Decimal('1.0001') ** 10000, Decimal(2) ** 200)
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP]:
    with localcontext(rounding=r, prec=10):
        print(r, Decimal(2) ** Decimal('0.5'), Decimal(3) ** -3, Decimal('-1.5') ** 7)
c = Context(traps=[])
for a, b in [(0, 0), (0, -1), ('-0', -1), ('-0', -2), (-2, '0.5'), ('Inf', 0), ('-Inf', 3), ('-Inf', -3),
             (10, 1000000), (10, -1000000), ('0.1', 1000000), (2, 'Inf'), ('0.5', 'Inf'), (1, 'Inf'), ('sNaN', 1), (1, 'NaN')]:
    c.clear_flags()
    print(a, b, repr(c.power(Decimal(a), Decimal(b))), sorted(k.__name__ for k, v in c.flags.items() if v))
print(show(lambda: Decimal(2) ** 1.5), show(lambda: 1.5 ** Decimal(2)), show(lambda: Decimal(0) ** -1))
print(show(lambda: Decimal(10) ** 1000000))
for t in [('NaN1', '2', 'sNaN3'), ('2', 'NaN4', '3'), ('2', '3', 'NaN5'), ('Inf', '2', 'sNaN6'), ('sNaN1', 'NaN2', '3'), ('2', 'Inf', '5')]:
    x, y, m = map(Decimal, t)
    c.clear_flags()
    print(t, repr(c.power(x, y, m)), repr(c.fma(x, y, m)), sorted(k.__name__ for k, v in c.flags.items() if v))
