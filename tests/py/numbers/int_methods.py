# int methods and attributes: bit_length, bit_count, as_integer_ratio, conjugate, __round__, real/imag/...
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for v in [0, 1, -1, 6, -6, 255, 256, 2 ** 63, -(2 ** 63), 10 ** 20, True, False]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, type(v.real).__name__, type(v.conjugate()).__name__)
for v in [0, 5, 14, 15, 25, 35, -25, 1234, 1250, 1350, -1250, 123456789, 10 ** 25 + 5 * 10 ** 24, 2 ** 70]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -3), round(v, -30), round(v, 10))
print(round(5, None), type(round(True)), round(True, -1), (7).__round__(), (15).__round__(-1))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (-7).__floor__(), True.__trunc__())
print(int.bit_length(255), int.__add__(2, 3), (5).__sub__(2), (5).__rsub__(2), (5).__mul__(2.0))
check(lambda: round(5, 1.0))
check(lambda: (5).bit_length(1))
check(lambda: (5).__round__(1, 2))
check(lambda: round(5, '1'))
print(int.__name__, bool.__name__, type(5) is int, type(True) is bool, isinstance(True, int))
print(issubclass(bool, int), bool.__mro__, int.__mro__)
