# float methods: is_integer, as_integer_ratio, round, repr of special values, int() truncation toward zero
for x in [1.0, 2.5, -0.0, 1e16, 0.1, -3.75]:
    print(repr(x).ljust(8), x.is_integer(), x.as_integer_ratio(), int(x), round(x))
print(float('inf').is_integer(), float('nan').is_integer())
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3), round(1e20))
print(round(12345.678, -2), round(5.0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, inf > 1e308, nan == nan, nan != nan, inf - inf, inf * 0, -inf < 0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 1e-7, 1e22, 1.5e-300 * 1e-300, 10 / 4, 9 / 3)
print((7.5).real, (7.5).imag, (2.5).conjugate(), abs(-2.5), -7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(float(3), float(-0), float(True), 3 * 1.0, 1 == 1.0, hash(1.0) == hash(1), 2 ** 0.5)
try:
    (1.5).as_integer_ratio() and float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
