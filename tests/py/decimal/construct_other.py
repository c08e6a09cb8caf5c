# Decimal from ints, floats (exactly), tuples, lists and Decimals; from_float, create_decimal(_from_float); the TypeErrors and ValueErrors of bad arguments
from decimal import Decimal, Context, getcontext, FloatOperation, InvalidOperation, localcontext
import decimal

for v in [0, 1, -1, 10**30, -(10**50), True, False, 2**64]:
    print(repr(Decimal(v)))
for f in [0.1, -0.0, 0.0, 1.5, 1e300, 5e-324, 2.5e-20, 123.456, float('inf'), float('-inf'), float('nan'), -1/3]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal.from_float(7)), repr(Decimal.from_float(-12)))
for t in [(0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), 0), (0, (0, 0, 1), 0), (1, (0,), -5), [0, [1, 2], 'F'],
          (0, (1, 2), 'n'), (1, (3,), 'N'), (0, (), 'n'), (0, (0,), 'F'), (1, (1,), 'F')]:
    print(t, repr(Decimal(t)))
d = Decimal('1.5')
print(Decimal(d) is d, repr(Decimal(d)), repr(Decimal(Decimal('-nan3'))))

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: Decimal((1, 2, 3)))
err(lambda: Decimal((2, (1,), 3)))
err(lambda: Decimal((0, (1, 10), 3)))
err(lambda: Decimal((0, (1, -1), 3)))
err(lambda: Decimal((0, (1,), 'x')))
err(lambda: Decimal((0, (1,), 2.0)))
err(lambda: Decimal((0, (1,))))
err(lambda: Decimal([1]))
err(lambda: Decimal(1 + 2j))
err(lambda: Decimal(b'1'))
err(lambda: Decimal(None))
err(lambda: Decimal(object))
err(lambda: Decimal({}))
err(lambda: Decimal.from_float('1'))
err(lambda: Decimal.from_float(Decimal(1)))
err(lambda: Decimal('1', 5))

# the float constructor signals FloatOperation; from_float does not
c = getcontext()
c.clear_flags()
Decimal.from_float(0.5)
print(c.flags[FloatOperation])
Decimal(0.5)
print(c.flags[FloatOperation])
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    err(lambda: Decimal(0.5))
    err(lambda: ctx.create_decimal(0.5))
    print(repr(Decimal.from_float(0.5)), repr(ctx.create_decimal_from_float(0.25)))
    print(Decimal(1) == 1.0)
    err(lambda: Decimal(1) < 1.5)

c = Context(prec=6, traps=[])
print(repr(c.create_decimal(0.1)), repr(c.create_decimal_from_float(1 / 3)), repr(c.create_decimal(123456789)))
print(repr(c.create_decimal((0, (1, 2, 3, 4, 5, 6, 7, 8), -2))), repr(c.create_decimal(Decimal('9.99999999'))))
print(repr(c.create_decimal()), repr(c.create_decimal_from_float(float('nan'))))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
err(lambda: c.create_decimal_from_float('x'))
err(lambda: c.create_decimal([1, 2]))

class MyDec(Decimal):
    pass
m = MyDec('1.25')
print(type(m).__name__, m, repr(m), type(MyDec.from_float(0.5)).__name__, isinstance(m + 1, MyDec))
print(decimal.Decimal.__module__, decimal.Decimal.__qualname__, decimal.Decimal.__name__, Decimal)
