# random operands (a fixed linear congruential sequence) for the logical operations, rotate, shift, the total orders, max/min (of magnitudes), next_toward, scaleb, logb, remainder_near and compare_signal, at small precisions with clamp

from decimal import *
state = 2718
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def rbin():
    if rnd(10) == 0:
        return Decimal(['12', '-1', '1.0', 'NaN', 'sNaN', 'Inf', '1E+1', '0E-1'][rnd(8)])
    return Decimal(''.join('01'[rnd(2)] for _ in range(rnd(12) + 1)))
def rany():
    if rnd(6) == 0:
        return Decimal(['NaN', '-NaN3', 'sNaN', '-sNaN2', 'Inf', '-Inf', '0', '-0', '0E+3', '-0E-2'][rnd(10)])
    return Decimal('%s%dE%d' % ('-' if rnd(2) else '', rnd(10 ** rnd(8)), rnd(20) - 10))
for i in range(1000):
    c = Context(prec=rnd(12) + 1, traps=[], Emax=99, Emin=-99, clamp=rnd(2))
    a, b = rbin(), rbin()
    x, y = rany(), rany()
    n = Decimal(rnd(30) - 15)
    r = (c.logical_and(a, b), c.logical_or(a, b), c.logical_xor(a, b), c.logical_invert(a), c.rotate(x, n), c.shift(x, n),
         x.compare_total(y), x.compare_total_mag(y), c.max_mag(x, y), c.min_mag(x, y), c.max(x, y), c.min(x, y),
         c.next_toward(x, y), c.same_quantum(x, y), c.copy_sign(x, y), c.scaleb(x, n), c.logb(x), c.number_class(x),
         c.remainder_near(x, y), c.compare_signal(x, y))
    print(i, a, b, x, y, n, r, sorted(k.__name__ for k, v in c.flags.items() if v))
