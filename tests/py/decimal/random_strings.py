# random strings (from a fixed linear congruential sequence) read by Decimal() -- which allows whitespace and underscores -- and by Context.create_decimal, which does not: the value or ConversionSyntax, and the flags

from decimal import *
state = 99
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
alphabet = ['0', '1', '5', '9', '.', 'e', 'E', '+', '-', '_', ' ', 'n', 'a', 'N', 'i', 'f', 's', 'I', 'inf', 'nan', 'snan', 'Infinity', '\u0663', '\t', 'x']
c = Context(prec=7, traps=[])
for i in range(3000):
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(7) + 1))
    try:
        d = Decimal(s)
        r = repr(d)
    except InvalidOperation:
        r = 'ERR'
    c.clear_flags()
    print(repr(s), r, repr(c.create_decimal(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
