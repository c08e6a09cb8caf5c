# comparisons: Decimals among themselves, with ints, floats and Fractions (exactly), NaN rules (InvalidOperation for ordering), sorting, min/max, compare(), compare_total(), compare_signal()
from decimal import *
from fractions import Fraction

def show(f):
    try:
        return repr(f())
    except (DecimalException, TypeError) as e:
        return '%s %s' % (type(e).__name__, e)

vals = ['0', '-0', '0.00', '1', '1.0', '1.00', '-1', '2.5', '0.1', '1E+2', '100', '-Infinity', 'Infinity']
for a in vals:
    A = Decimal(a)
    print(a, [(A == Decimal(b), A < Decimal(b), A >= Decimal(b)) for b in vals])
for a in ['0.5', '0.1', '1', '-2.25', '1E+400', 'Infinity', '-Infinity']:
    A = Decimal(a)
    for f in [0.5, 0.1, 1.0, -2.25, float('inf'), float('-inf'), 1e300]:
        print(a, f, A == f, A != f, A < f, A > f, f == A, f < A)
for a in ['0.5', '0.25', '-0.75', '0.3333333333333333333333333333', '3', 'Infinity']:
    A = Decimal(a)
    for fr in [Fraction(1, 2), Fraction(1, 3), Fraction(-3, 4), Fraction(3), Fraction(1, 4)]:
        print(a, fr, A == fr, A < fr, A > fr, fr == A, fr < A, fr >= A)
for n in [0, 1, -1, 100, 10**30]:
    print(n, Decimal(n) == n, Decimal(n) + Decimal('0.5') > n, n < Decimal(n) + 1, Decimal('1E+2') == 100, n == Decimal(n))
print(Decimal(1) == 1 + 0j, Decimal('1.5') == 1.5 + 0j, Decimal(1) == 1 + 1j, Decimal(1) == 'a', Decimal(1) != 'a', Decimal(1) == None)
# (the messages name the type 'Decimal' in minipy, 'decimal.Decimal' in CPython: see the README)
for other in ['a', None, 1j]:
    try:
        Decimal(1) < other
    except TypeError:
        print('TypeError for <', type(other).__name__)
nan = Decimal('NaN')
print(nan == nan, nan != nan, nan == 1, nan != 1, nan == float('nan'))
print(show(lambda: nan < 1), show(lambda: 1 > nan), show(lambda: nan >= nan), show(lambda: Decimal('sNaN') == 1))
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(nan < 1, nan > 1, nan <= nan, c.flags[InvalidOperation])
print(sorted([Decimal('3'), Decimal('-1.5'), Decimal('2.50'), Decimal('2.5'), Decimal('0'), Decimal('-0'), Decimal('1E+1')]))
print(sorted([Decimal('0.5'), 1, Fraction(1, 3), Decimal('0.3333')], key=lambda x: x), max(Decimal(1), Decimal('1.0')), min(Decimal('1.0'), Decimal(1)))
print(max([Decimal('2'), 3, Decimal('2.9')]), min(Decimal('-Infinity'), 5))
pairs = [('1', '1.0'), ('2', '1'), ('-1', '1'), ('NaN', '1'), ('1', 'sNaN'), ('0', '-0'), ('Infinity', '1E+999'), ('-NaN5', '2')]
c = Context(traps=[])
for a, b in pairs:
    A, B = Decimal(a), Decimal(b)
    c.clear_flags()
    print(a, b, repr(c.compare(A, B)), repr(A.compare_total(B)), repr(A.compare_total_mag(B)),
          repr(c.compare_signal(A, B)), sorted(k.__name__ for k, v in c.flags.items() if v))
order = [Decimal(x) for x in ['NaN', '-NaN', 'sNaN', '-sNaN', '1', '1.0', '-1', '-1.00', 'Infinity', '-Infinity', '0', '-0', '0E+2', 'NaN2', 'NaN10']]
import functools
print(sorted(order, key=functools.cmp_to_key(lambda a, b: int(a.compare_total(b)))))
print(show(lambda: Decimal(1).compare(1.5)), show(lambda: Decimal(1).compare('1')), Decimal(5).compare(3), Decimal(3).compare(5))
