# Context: its repr, attributes and their checks, flags and traps as signal dicts, copy, clear_flags/clear_traps, Etiny/Etop, getcontext/setcontext, localcontext (with 3.11's keyword arguments), DefaultContext, BasicContext, ExtendedContext
import decimal
from decimal import *

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context()
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
c = Context(prec=10, rounding=ROUND_UP, Emin=-50, Emax=60, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow, Underflow])
print(c)
print(c.flags)
print(c.traps)
print(c.flags[Inexact], c.traps[Inexact], Overflow in c.traps, len(c.flags), list(c.flags) == list(c.traps))
c.flags[Rounded] = True
c.traps[InvalidOperation] = 1
c.traps[Overflow] = False
print(c)
c.clear_flags()
c.clear_traps()
print(c)
c.traps = {s: s is DivisionByZero for s in c.traps}
c.flags = {s: s is Clamped for s in c.flags}
print(c)
for attr, val in [('prec', 0), ('prec', 'a'), ('prec', 10**20), ('rounding', 'x'), ('rounding', 3), ('Emin', 1), ('Emax', -1),
                  ('capitals', 2), ('clamp', 2), ('flags', 3), ('traps', [1]), ('Emin', 1.5)]:
    print(attr, val, show(lambda: setattr(c, attr, val)))
print(show(lambda: delattr(c, 'prec')), show(lambda: c.flags['x']), show(lambda: Context(prec=-1)))
print(show(lambda: Context(flags=3)), show(lambda: Context(traps={Inexact: True})), show(lambda: Context(rounding='ROUND_SIDEWAYS')))
d = c.copy()
d.prec = 3
print(c.prec, d.prec, d)
orig = getcontext()
new = Context(prec=5)
setcontext(new)
print(getcontext() is new, Decimal(1) / 3)
setcontext(orig)
print(getcontext() is orig, Decimal(1) / 3)
print(show(lambda: setcontext(5)))
with localcontext() as lc:
    lc.prec = 4
    print(Decimal(2).sqrt(), lc is getcontext(), lc is orig)
print(Decimal(2).sqrt())
with localcontext(prec=6, rounding=ROUND_DOWN, traps=[Inexact]) as lc:
    print(lc)
    try:
        Decimal(2) / 3
    except Inexact as e:
        print('Inexact', e)
with localcontext(Context(prec=3, Emax=9, Emin=-9)) as lc:
    print(lc, Decimal(12345) + 0)
with localcontext(ExtendedContext) as lc:
    print(lc is ExtendedContext, Decimal(1) / 0, Decimal(0) / 0)
print(show(lambda: localcontext(prec=-1)), show(lambda: localcontext(foo=1)), show(lambda: localcontext(5)))
print(show(lambda: localcontext(flags=[Inexact]).__enter__().flags[Inexact]))
setcontext(orig)
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext())
setcontext(orig)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)
print(Context().Etiny(), Context(prec=5, Emin=-10).Etiny(), Context(prec=5, Emax=10).Etop(), Context(clamp=1).Etop())
print(Context.__module__, Context.__qualname__, type(getcontext()).__name__)
c1 = Context(prec=7)
c1.flags[Inexact] = True
import copy, pickle
c2 = copy.copy(c1)
c3 = pickle.loads(pickle.dumps(c1))
print(c2, c3, c1.__reduce__())
print(pickle.loads(pickle.dumps(Decimal('-1.5E+10'))), copy.deepcopy([Decimal('2.5')]), Decimal('1.5').__reduce__())
