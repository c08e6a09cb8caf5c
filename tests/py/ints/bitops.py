# & | ^ ~ << >> on positive, negative and big ints (two's complement semantics with infinite sign extension)
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a & 0xF, a | 0x30, a ^ -1)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 3, -6 | 3, -6 ^ 3, -6 & -3, -6 | -3, -6 ^ -3)
print(1 << 100, (1 << 100) >> 98, -(1 << 100) >> 3, -1 >> 100, 1 >> 100, -5 >> 1000)
print((1 << 64) - 1 & 0xFFFF, ~(1 << 70), (2 ** 80 + 3) & 7, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80))
print(-(2 ** 70) & 0xFF, -(2 ** 70) | 0xFF, (-(2 ** 70)) ^ 0xFF)
print(12 << 0, 12 >> 0, 0 << 1000, 1 << 64, 3 << 62)
print(0b1010 & 0b0110, 0o17 | 0o20, 0xff ^ 0x0f)
print(~0, ~~7, -~5, ~-5)
