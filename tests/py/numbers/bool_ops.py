# bool is an int subclass with two instances; & | ^ of two bools stay bools
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
B = [True, False]
for a in B:
    for b in B:
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b, a ** b)
for a in B:
    print(repr(a), str(a), int(a), float(a), -a, +a, ~a, abs(a), a & 3, 3 | a, a ^ 1, a << 2, a / 2, a // 1)
print(True + True, True * 10, True / 4, 5 - True, sum([True, True, False]), True == 1, False == 0.0)
print(type(True & True).__name__, type(True & 1).__name__, type(1 | False).__name__, type(-True).__name__)
print(f'{True}', f'{True:d}', f'{False:>6}', format(True, '08b'), '%d %s %r' % (True, True, False))
print([bool(x) for x in [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), '', 'a', [], [0], (), {}, None, 10 ** 30]])
print(bool(), bool(0), True is bool(1), False is bool(''), True is not False)
print(hash(True), hash(False), True.__hash__() == (1).__hash__())
check(lambda: bool(x=1))
check(lambda: bool(1, 2))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), False.bit_count())
print(max(True, 2), min(False, -1), sorted([True, False, 2, -1]), divmod(True, 2))
