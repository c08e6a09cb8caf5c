# // % divmod and remainder_near: truncating integer division, the remainder's sign, DivisionByZero, DivisionUndefined, DivisionImpossible, infinities and NaNs, with ints mixed in
from decimal import *

def show(f):
    try:
        return repr(f())
    except DecimalException as e:
        return '%s %s' % (type(e).__name__, e)

vals = ['7', '-7', '2', '-2', '0.3', '10', '1E+3', '0.001', '0', '-0', '12345678901234567890', 'Infinity', '-Infinity', 'NaN', '1.5']
for a in vals:
    for b in vals:
        A, B = Decimal(a), Decimal(b)
        print(a, b, show(lambda: A // B), show(lambda: A % B), show(lambda: divmod(A, B)),
              show(lambda: A.remainder_near(B)))
for a, n in [('7.5', 2), ('-7.5', 2), ('100', -7), ('0.5', 3)]:
    A = Decimal(a)
    print(a, n, A // n, n // A, A % n, n % A, divmod(A, n), divmod(n, A))
print(show(lambda: Decimal(10**40) // Decimal('0.1')), show(lambda: Decimal(10**40) % Decimal('0.1')))
c = Context(traps=[])
for a, b in [(1, 0), (0, 0), (-5, 0), (10**40, '0.1'), ('Inf', 'Inf'), ('Inf', 3), (3, 'Inf'), ('sNaN', 1)]:
    c.clear_flags()
    r = (c.divide_int(Decimal(a), Decimal(b)), c.remainder(Decimal(a), Decimal(b)),
         c.divmod(Decimal(a), Decimal(b)), c.remainder_near(Decimal(a), Decimal(b)), c.divide(Decimal(a), Decimal(b)))
    print(a, b, r, sorted(k.__name__ for k, v in c.flags.items() if v))
for a, b in [(10, 3), (11, 3), (-10, 3), (10, -3), ('10.5', 3), (3, '0.2'), ('7.5', '0.5'), (12, 8), (-12, 8), (4, 8)]:
    print(a, b, Decimal(a).remainder_near(Decimal(b)), Decimal(a) % Decimal(b))
with localcontext(prec=3):
    print(show(lambda: Decimal(12345) // 1), show(lambda: Decimal(999) // 1), show(lambda: Decimal(1234) % 7))
    print(show(lambda: Decimal(1000) // Decimal('0.01')))
for x in [DivisionByZero, DivisionUndefined, DivisionImpossible]:
    print(x.__name__, issubclass(x, ZeroDivisionError), issubclass(x, InvalidOperation))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__, e)
try:
    Decimal(0) / 0
except ZeroDivisionError as e:
    print('not caught here')
except InvalidOperation as e:
    print('0/0 is', type(e).__name__, e.args)
