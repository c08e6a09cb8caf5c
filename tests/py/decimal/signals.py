# the signals: CPython's exception hierarchy, what a trapped signal raises (the class and the list of conditions), flags set by untrapped ones, FloatOperation, and catching them by their base classes
import decimal
from decimal import *

names = ['DecimalException', 'Clamped', 'InvalidOperation', 'ConversionSyntax', 'DivisionByZero', 'DivisionImpossible',
         'DivisionUndefined', 'Inexact', 'InvalidContext', 'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation']
for n in names:
    cls = getattr(decimal, n)
    print(cls, cls.__module__, [b.__name__ for b in cls.__mro__])

def run(ctx, f):
    ctx.clear_flags()
    try:
        r = repr(f(ctx))
    except DecimalException as e:
        r = '%s %s %s' % (type(e).__name__, e, e.args)
    return r + ' ' + str(sorted(k.__name__ for k, v in ctx.flags.items() if v))

all_traps = Context(prec=5, Emax=20, Emin=-20, traps=[InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                                                      Subnormal, Inexact, Rounded, Clamped])
no_traps = Context(prec=5, Emax=20, Emin=-20, traps=[])
default = Context(prec=5, Emax=20, Emin=-20)
cases = [
    ('1/3', lambda c: c.divide(1, 3)),
    ('1/0', lambda c: c.divide(1, 0)),
    ('0/0', lambda c: c.divide(0, 0)),
    ('1//0', lambda c: c.divide_int(1, 0)),
    ('1%0', lambda c: c.remainder(1, 0)),
    ('divmod 1,0', lambda c: c.divmod(1, 0)),
    ('big//', lambda c: c.divide_int(10**10, 1)),
    ('sqrt -1', lambda c: c.sqrt(-1)),
    ('junk', lambda c: c.create_decimal('junk')),
    ('overflow', lambda c: c.multiply(Decimal('1E+20'), 10)),
    ('underflow', lambda c: c.divide(Decimal('1E-20'), 3)),
    ('subnormal', lambda c: c.multiply(Decimal('1E-20'), Decimal('0.01'))),
    ('clamped', lambda c: c.create_decimal('1E-50')),
    ('rounded', lambda c: c.plus(Decimal('1.00000'))),
    ('rounded exact', lambda c: c.plus(Decimal('1.000000'))),
    ('float', lambda c: c.create_decimal(0.5)),
    ('sNaN', lambda c: c.add(Decimal('sNaN'), 1)),
    ('inf-inf', lambda c: c.subtract(Decimal('Inf'), Decimal('Inf'))),
    ('0*inf', lambda c: c.multiply(0, Decimal('Inf'))),
    ('ln 0', lambda c: c.ln(0)),
    ('logb 0', lambda c: c.logb(0)),
    ('quantize', lambda c: c.quantize(Decimal('123456'), Decimal('0.1'))),
    ('power', lambda c: c.power(0, 0)),
    ('neg power', lambda c: c.power(-2, Decimal('0.5'))),
]
for name, f in cases:
    print(name, '|', run(all_traps, f), '|', run(no_traps, f), '|', run(default, f))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print(isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError), e.args, str(e))
try:
    Decimal('x')
except ValueError:
    print('not a ValueError')
except ArithmeticError as e:
    print('ArithmeticError', type(e).__name__, isinstance(e, ConversionSyntax), isinstance(e, InvalidOperation))
with localcontext() as c:
    c.traps[FloatOperation] = True
    try:
        Decimal(1.5)
    except TypeError as e:
        print('TypeError', type(e).__name__, e)
    try:
        Decimal(1) <= 2.5
    except FloatOperation as e:
        print('FloatOperation', e)
    print(Decimal(1) == 1.0, Decimal(2) != 2.5, c.flags[FloatOperation])
with localcontext() as c:
    c.traps[Inexact] = True
    c.traps[Rounded] = True
    try:
        Decimal(1) / 3
    except Rounded as e:
        print('not this one: Inexact comes first', e)
    except Inexact as e:
        print(type(e).__name__, e)
    try:
        Decimal(10) / 4
    except DecimalException as e:
        print('unexpected', e)
    print(Decimal(10) / 4)
