# CPython 3.11 limits decimal conversions to 4300 digits; binary bases are unlimited
def check(f):
    try:
        r = f()
        print(type(r).__name__, len(r) if isinstance(r, str) else r.bit_length())
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: str(10 ** 4299))
check(lambda: str(10 ** 4300 - 1))
check(lambda: str(-(10 ** 4300 - 1)))
check(lambda: str(10 ** 4300))
check(lambda: repr(-(10 ** 5000)))
check(lambda: f'{10 ** 5000}')
check(lambda: format(10 ** 5000, ','))
check(lambda: int('9' * 4300))
check(lambda: int('9' * 4301))
check(lambda: int('-' + '9' * 4301))
check(lambda: int('9_' * 4300 + '9'))
check(lambda: int('9' * 5000))
check(lambda: int('1' * 5000, 16))
check(lambda: int('1' * 5000, 2))
check(lambda: int('1' * 5000, 36))
check(lambda: hex(10 ** 5000))
check(lambda: bin(-(10 ** 5000)))
check(lambda: oct(10 ** 5000))
check(lambda: format(10 ** 5000, 'x'))
n = 7 ** 5000
print(len(hex(n)), hex(n)[:20], oct(n)[-10:], bin(n)[:12], n % 10 ** 9)
print(hex(-255), oct(-8), bin(-5), hex(0), bin(0), oct(0), hex(2 ** 64), bin(2 ** 64 - 1)[-8:])
