# random exp, ln, log10, sqrt and power (integer and fractional exponents) near the bottom of a small exponent range (subnormal results, Underflow, Clamped) at precisions up to 150, every rounding and clamp, from a fixed linear congruential sequence

from decimal import *
state = 4242
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
for i in range(400):
    prec = [3, 5, 9, 28, 60, 150][rnd(6)]
    c = Context(prec=prec, Emax=9, Emin=-9, traps=[], rounding=[ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP][rnd(3)], clamp=rnd(2))
    x = Decimal(rnd(100000)) / 10000 - 35
    y = Decimal(rnd(100000) + 1).scaleb(-rnd(40))
    z = Decimal(rnd(3000) + 1) / 100
    r = (c.exp(x), c.ln(y), c.log10(y), c.power(z, x), c.power(y, Decimal(rnd(40) - 20)), c.sqrt(y), c.power(y, Decimal(rnd(10000)) / 1000))
    print(i, x, y, z, r, sorted(k.__name__ for k, v in c.flags.items() if v))
