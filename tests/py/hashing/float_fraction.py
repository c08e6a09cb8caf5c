# non-integral floats hash by CPython's modular scheme (the exact rational value modulo 2**61 - 1)
import math
values = [0.5, -0.5, 1.5, -1.5, 0.25, 0.1, -0.1, 0.2, 0.3, 1 / 3, 2 / 3, 3.14, math.pi, -math.pi, math.e,
          1e-5, 1e-10, 1e-100, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 123456.789, 0.1 + 0.2,
          1.0000000000000002, 0.9999999999999999, 2.5e15 + 0.5, 4503599627370495.5]
for x in values:
    print(repr(x), hash(x), hash(-x))
print([hash(k / 8) for k in range(-17, 18)])
print([hash(k / 10) for k in range(-10, 11)])
