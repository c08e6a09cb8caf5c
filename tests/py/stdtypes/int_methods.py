# int methods and attributes: bit_length, as_integer_ratio, conjugate, real/imag/numerator/denominator, bit operations, pow with modulus, divmod with negatives
for n in [0, 1, 2, 7, 8, 255, 256, -1, -8, -9, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), bin(n), hex(n), oct(n))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -17 >> 2, -1 << 3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, 0), (-2) ** 3, 2 ** -1)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(abs(-5), round(1234, -2), round(1250, -2), round(1350, -2), int(True), True + True)
print(10 ** 20, 2 ** 100 // 3 ** 40, (2 ** 100) % 1000007, -(10 ** 30) // 7)
