# random operations (a fixed linear congruential sequence) through the Context methods with traps set: which signal is raised, with the list of conditions CPython's C module names, or the result and flags

from decimal import *
import decimal
seed = 31337
state = seed
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def rdec():
    k = rnd(20)
    if k == 0: return ['NaN', 'sNaN', 'Inf', '-Inf', '-NaN12', 'sNaN3', '0', '-0', '0E-30', '1E+5'][rnd(10)]
    nd = [1, 2, 3, 5, 10, 28, 29, 40][rnd(8)]
    digs = ''.join(str(rnd(10)) for _ in range(nd))
    e = [0, 0, -1, -2, 2, -10, 10, -30, 30, -999990, 999990, -5, 3][rnd(13)]
    s = '-' if rnd(3) == 0 else ''
    return '%s%sE%d' % (s, digs, e)
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'remainder_near',
       'compare', 'compare_total', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'same_quantum',
       'power', 'fma', 'plus', 'minus', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize',
       'to_integral_value', 'to_integral_exact', 'next_plus', 'next_minus', 'next_toward', 'number_class',
       'scaleb', 'rotate', 'shift', 'to_sci_string', 'to_eng_string', 'compare_signal', 'copy_sign']
unary = {'plus', 'minus', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'to_integral_value',
         'to_integral_exact', 'next_plus', 'next_minus', 'number_class', 'to_sci_string', 'to_eng_string'}
N = 1200
for i in range(N):
    prec = [28, 9, 3, 1, 40, 16][rnd(6)]
    rounding = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP][rnd(8)]
    emax = [999999, 99, 9][rnd(3)]
    c = Context(prec=prec, rounding=rounding, Emax=emax, Emin=-emax, clamp=rnd(4) == 0, traps=[[], [InvalidOperation, DivisionByZero, Overflow], [Inexact, Rounded, Underflow, Subnormal, Clamped, Overflow]][rnd(3)])
    op = ops[rnd(len(ops))]
    a = Decimal(rdec())
    if op in ('power',) and rnd(2):
        b = Decimal(rnd(7) - 3)
    elif op in ('scaleb', 'rotate', 'shift') :
        b = Decimal(rnd(21) - 10)
    else:
        b = Decimal(rdec())
    if op == 'power' and (abs(a.adjusted()) > 50 or (b.is_finite() and b.adjusted() > 3)):
        a = Decimal(rnd(1000)) / 100
    if op in ('exp',) and a.is_finite() and a.adjusted() > 5: a = a.scaleb(-a.adjusted()+rnd(4))
    try:
        if op in unary:
            r = getattr(c, op)(a)
        elif op == 'fma':
            r = c.fma(a, b, Decimal(rdec()))
        else:
            r = getattr(c, op)(a, b)
        print(i, op, a, b, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
    except Exception as e:
        print(i, op, a, b, 'EXC', type(e).__name__, e)
