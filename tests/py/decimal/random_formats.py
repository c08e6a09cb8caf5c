# random format specs (fill, align, sign, z, zero flag, width, grouping, precision, type; from a fixed linear congruential sequence) applied to random Decimals under several roundings and capitals: the text or the ValueError

from decimal import *
state = 1208
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def rdec():
    if rnd(15) == 0:
        return Decimal(['NaN', 'Inf', '-Inf', '-0', '0', '0E-9', '0E+3', 'sNaN', '-NaN7'][rnd(9)])
    digs = ''.join(str(rnd(10)) for _ in range(rnd(12) + 1))
    return Decimal('%s%sE%d' % ('-' if rnd(3) == 0 else '', digs, rnd(30) - 18))
for i in range(3000):
    spec = ''
    if rnd(3) == 0:
        spec += ['', '*', '0', ' ', 'x'][rnd(5)] + '<>=^'[rnd(4)]
    if rnd(2):
        spec += '+- '[rnd(3)]
    if rnd(5) == 0:
        spec += 'z'
    if rnd(4) == 0:
        spec += '0'
    if rnd(2):
        spec += str(rnd(25))
    if rnd(3) == 0:
        spec += ','
    if rnd(2):
        spec += '.' + str(rnd(12))
    if rnd(4):
        spec += 'eEfFgGn%'[rnd(8)]
    d = rdec()
    with localcontext(rounding=[ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING][rnd(4)], capitals=rnd(2)):
        try:
            r = repr(format(d, spec))
        except ValueError as e:
            r = 'ValueError %s' % e
    print(i, repr(spec), d, r)
