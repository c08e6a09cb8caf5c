# int() from text: signs, whitespace, underscores, prefixes, bases 2..36 and 0
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
cases = ['0', '-0', '+17', '  42  ', '\t-99\n', '1_000', '1_0_0', '007', '00', '12345678901234567890123',
         '-9223372036854775808', '9223372036854775808', '\u2003 12 \u3000', '1__0', '_1', '1_',
         '', ' ', '+', '- 5', '1e5', '12.0', '0x10', 'abc', '9' * 30]
for s in cases:
    check(lambda: int(s))
based = [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0), ('0o17', 0), ('0O17', 8), ('0b101', 0),
         ('0b101', 2), ('0b1', 16), ('0x', 16), ('0x', 0), ('0x_1f', 0), ('0x__1f', 0), ('0_x1', 0),
         ('010', 0), ('0_0', 0), ('000', 0), ('-0b11', 0), ('z', 36), ('Z', 36), ('10', 36),
         ('12', 2), ('2', 2), ('777', 8), ('8', 8), ('zz', 35), ('  -1_0  ', 0), ('123', 1),
         ('123', 37), ('123', -1), ('1' * 70, 2)]
for s, b in based:
    check(lambda: int(s, b))
check(lambda: int('10', base=16))
check(lambda: int('10', 16, base=16))
check(lambda: int(x='10'))
check(lambda: int(10, 16))
check(lambda: int(10, 100))
check(lambda: int('10', 2.0))
check(lambda: int('10', True))
check(lambda: int(base=10))
check(lambda: int('1', 2, 3))
check(lambda: int('x' * 300))
# Unicode digits and spaces become ASCII first; ASCII stays as it is, so only C's isspace() is stripped:
# '\x1c'..'\x1f' are str.isspace() but not spaces to int() and float()
for s in ['\u0661\u0662', ' \u2003 15\u3000\x0b', '\x1c12', '12\x1f', '\u2003\x1c12', '\x85 7 \xa0', '\u200b5', '\u0661.5']:
    check(lambda: int(s))
    check(lambda: float(s))
