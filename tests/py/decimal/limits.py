# results at the exponent limits: Overflow (infinity or the largest number, by rounding direction), Underflow and Subnormal results, Clamped zeros and the clamp=1 fold-down, Etiny/Etop, with their flags and what a trap raises
from decimal import *

def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)

for r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    c = Context(prec=4, Emax=9, Emin=-9, rounding=r, traps=[])
    print(r, repr(c.multiply(Decimal('9E+9'), 10)), repr(c.multiply(Decimal('-9E+9'), 10)), flags(c))
c = Context(prec=4, Emax=9, Emin=-9, traps=[])
tests = ['1E+9', '9.999E+9', '9.9995E+9', '1E+10', '1E-9', '1E-10', '1E-12', '1.234E-10', '1.235E-12', '5E-13', '6E-13', '4E-13',
         '1E-13', '0E-20', '0E+20', '-0E+20', '123E+7', '1234E+6', '1E+6']
for s in tests:
    c.clear_flags()
    d = c.create_decimal(s)
    print(s, repr(d), d.is_subnormal(c), d.number_class(c), flags(c))
c.clamp = 1
print(c, c.Etop(), c.Etiny())
for s in tests:
    c.clear_flags()
    print(s, repr(c.create_decimal(s)), repr(c.plus(Decimal(s))), flags(c))
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for a, b in [('1E-5', '0.1'), ('1.23E-5', '0.01'), ('1E-5', '1E-5'), ('9.99E+5', '1.01'), ('1E+5', '1E+5'), ('0.5E-6', '1')]:
    c.clear_flags()
    print(a, b, repr(c.multiply(Decimal(a), Decimal(b))), repr(c.divide(Decimal(a), Decimal(b))), flags(c))
    c.clear_flags()
    print('  ', repr(c.add(Decimal(a), Decimal(b))), repr(c.subtract(Decimal(a), Decimal(b))), flags(c))
for t in [Overflow, Underflow, Subnormal, Clamped, Inexact, Rounded]:
    c = Context(prec=3, Emax=5, Emin=-5, traps=[t])
    for f in [lambda: c.multiply(Decimal('1E+5'), 100), lambda: c.divide(Decimal('1E-5'), 3),
              lambda: c.multiply(Decimal('1E-5'), Decimal('0.1')), lambda: c.create_decimal('1E-20')]:
        try:
            r = repr(f())
        except DecimalException as e:
            r = '%s %s' % (type(e).__name__, e)
        print(t.__name__, r)
try:
    Decimal('9E+999999') * 10
except Overflow as e:
    print('Overflow', e, isinstance(e, Inexact), isinstance(e, Rounded))
with localcontext(traps=[Underflow]):
    try:
        Decimal('1E-999999') / 10 ** 40
    except Underflow as e:
        print('Underflow', e, isinstance(e, Subnormal))
print(Decimal('1E-999999') / 10, Decimal('1E-999999') / 10 ** 40, Decimal('1E-999999') / 10 ** 28)
print(getcontext().flags[Underflow], getcontext().flags[Subnormal], getcontext().flags[Clamped])
print(Decimal('1e999999') * Decimal('0.1'), Decimal('9.9E+999999').next_plus(), Decimal('0').next_minus())
