# Decimal's other methods: copy_abs/copy_negate/copy_sign, the is_* predicates, number_class, max/min and their _mag forms, next_plus/next_minus/next_toward, rotate, shift, the logical operations
from decimal import *

def show(f):
    try:
        return repr(f())
    except (DecimalException, TypeError) as e:
        return '%s %s' % (type(e).__name__, e)

vals = ['0', '-0', '1', '-1.50', '1E-999999', '1E-1000000', '-1E-1000005', '9.999E+999999', 'Infinity', '-Infinity', 'NaN', '-sNaN3', '0E-1000030']
for v in vals:
    d = Decimal(v)
    print(v, repr(d.copy_abs()), repr(d.copy_negate()), repr(d.copy_sign(Decimal(-1))), repr(d.copy_sign(1)),
          d.is_canonical(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.number_class())
ctx = Context(Emin=-99, Emax=99, prec=5, traps=[])
for v in vals[:8]:
    d = Decimal(v)
    print(v, d.is_normal(ctx), d.is_subnormal(ctx), d.number_class(ctx), ctx.number_class(d), ctx.is_normal(d))
pairs = [('1', '2'), ('-1', '1'), ('1.0', '1'), ('1', '1.0'), ('-0', '0'), ('0', '-0'), ('NaN', '3'), ('3', 'NaN'), ('NaN', 'NaN1'),
         ('sNaN', '1'), ('-5', '3'), ('-3', '5'), ('Infinity', '-Infinity'), ('2', '-2'), ('-2', '2')]
for a, b in pairs:
    A, B = Decimal(a), Decimal(b)
    print(a, b, show(lambda: A.max(B)), show(lambda: A.min(B)), show(lambda: A.max_mag(B)), show(lambda: A.min_mag(B)),
          show(lambda: ctx.max(A, B)), show(lambda: ctx.min_mag(A, B)))
for v in ['1', '-1', '0', '-0', '1E-104', '9.9999E+99', '-9.9999E+99', 'Infinity', '-Infinity', '1.23456789', 'NaN']:
    d = Decimal(v)
    print(v, show(lambda: ctx.next_plus(d)), show(lambda: ctx.next_minus(d)), show(lambda: ctx.next_toward(d, Decimal(0))),
          show(lambda: ctx.next_toward(d, Decimal(10))), show(d.next_plus), show(d.next_minus))
c = Context(Emin=-99, Emax=99, prec=5, traps=[])
for a, b in [('1E-103', '0'), ('9.9999E+99', 'Infinity'), ('1', '1'), ('-0', '0'), ('1E-104', '-1')]:
    c.clear_flags()
    print(a, b, repr(c.next_toward(Decimal(a), Decimal(b))), sorted(k.__name__ for k, v in c.flags.items() if v))
print(Decimal(1).next_toward(2), show(lambda: Decimal(1).next_toward(2.0)))
for a, n in [('123456789', 2), ('123456789', -2), ('12345', 0), ('1234567890123456789012345678', 5), ('1', 27), ('1', 28),
             ('1', -28), ('1', 29), ('123', '1.5'), ('Infinity', 3), ('NaN', 3), ('1.5', 1)]:
    A = Decimal(a)
    print(a, n, show(lambda: A.rotate(Decimal(n))), show(lambda: A.shift(Decimal(n))), show(lambda: ctx.rotate(A, Decimal(n))),
          show(lambda: ctx.shift(A, Decimal(n))))
for a, b in [('1100', '1010'), ('1', '0'), ('111', '1'), ('0', '0'), ('1012', '1'), ('-1', '1'), ('1.0', '1')]:
    A, B = Decimal(a), Decimal(b)
    print(a, b, show(lambda: A.logical_and(B)), show(lambda: A.logical_or(B)), show(lambda: A.logical_xor(B)),
          show(A.logical_invert), show(lambda: ctx.logical_invert(A)))
print(Decimal(3).number_class(), Decimal('-0').number_class(), Decimal('-Infinity').number_class(), Decimal('sNaN').number_class())
