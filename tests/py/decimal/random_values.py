# random Decimals (a fixed linear congruential sequence) through the operators with ints, comparisons with floats and Fractions, str/repr/format, int/float/round conversions, hashes, powers, exp/ln/log10 and the constructors
import math
from decimal import *
from fractions import Fraction
seed = 77; state = seed
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def rdec():
    k = rnd(25)
    if k == 0: return ['NaN', 'Inf', '-Inf', '-NaN12', '0', '-0', '0E-30', '1E+5', '0.000'][rnd(9)]
    nd = [1, 2, 3, 5, 10, 28, 29, 17][rnd(8)]
    digs = ''.join(str(rnd(10)) for _ in range(nd))
    e = [0, 0, -1, -2, 2, -10, 10, -30, 30, -5, 3, -20, 20][rnd(13)]
    s = '-' if rnd(3) == 0 else ''
    return '%s%sE%d' % (s, digs, e)
specs = ['', 'f', '.2f', '10.3f', '<12', '^15.4e', '+.3g', ',', ',.2f', '020,.3f', 'e', 'E', 'g', 'G', '%', '.1%', ' .5', '*>20.10', '=+12', 'n', '.0f', '.0e', '08.2f', 'z.1f', '#<9', '.30g', '_<8']
for i in range(1500):
    prec = [28, 9, 5, 40][rnd(4)]
    rounding = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR][rnd(5)]
    setcontext(Context(prec=prec, rounding=rounding, traps=[]))
    a = Decimal(rdec())
    kind = rnd(14)
    try:
        if kind == 0:
            b = rnd(2001) - 1000
            r = (a + b, b + a, a - b, b - a, a * b, b * a, a / b if b else None, b / a if a else None, a // b if b else None, a % b if b else None, b // a if a else None, b % a if a else None)
        elif kind == 1:
            b = Decimal(rdec())
            r = (a == b, a != b, a < b, a <= b, a > b, a >= b, a.compare_total(b), a.compare_total_mag(b))
        elif kind == 2:
            f = [0.5, 1.5, -2.25, 0.1, 1e300, float('inf'), float('nan'), 3.0][rnd(8)]
            r = (a == f, a != f, a < f, a > f)
        elif kind == 3:
            fr = Fraction(rnd(100) - 50, rnd(9) + 1)
            r = (a == fr, a < fr, a >= fr, Fraction(a) if a.is_finite() else None)
        elif kind == 4:
            r = (str(a), repr(a), a.to_eng_string(), a.as_tuple(), a.adjusted(), a.is_normal(), a.number_class())
        elif kind == 5:
            sp = specs[rnd(len(specs))]
            r = (sp, format(a, sp))
        elif kind == 6:
            r = (int(a), float(a), round(a), math.floor(a), math.ceil(a), math.trunc(a), a.as_integer_ratio())
        elif kind == 7:
            n = rnd(9) - 4
            r = (n, round(a, n))
        elif kind == 8:
            h = hash(a)
            r = (h == hash(float(a)) if a.is_finite() and abs(a.adjusted()) < 300 else None, h if a.is_finite() else 0)
        elif kind == 9:
            b = Decimal(rnd(200)) / 40
            if rnd(2): b = -b
            x = abs(Decimal(rdec())) if rnd(2) else Decimal(rnd(50))
            if x.is_finite() and abs(x.adjusted()) > 30: x = Decimal(7)
            r = (x, b, x ** b)
        elif kind == 10:
            n = rnd(30) - 10
            x = Decimal(rdec())
            if x.is_finite() and abs(x.adjusted()) > 40: x = Decimal('1.1')
            r = (x, n, x ** n)
        elif kind == 11:
            r = (-a, +a, abs(a), a.sqrt(), a.normalize(), a.to_integral_value(), a.to_integral_exact())
        elif kind == 12:
            x = abs(a)
            if x.is_finite() and x.adjusted() > 5: x = x.scaleb(-x.adjusted())
            r = (x.exp(), x.ln() if x else None, x.log10() if x else None, (-x).exp())
        else:
            f = [0.1, 1e-300, 123.456, -0.0, 2.5e20, 1/3][rnd(6)]
            r = (Decimal(f), Decimal.from_float(f), getcontext().create_decimal(f), getcontext().create_decimal_from_float(f), getcontext().create_decimal(rdec()))
        print(i, a, r, sorted(k.__name__ for k, v in getcontext().flags.items() if v))
    except Exception as e:
        print(i, a, 'EXC', type(e).__name__, e)
