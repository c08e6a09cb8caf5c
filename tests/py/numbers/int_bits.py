# shifts, & | ^ ~ on negative and big ints (infinite two's complement), bit_length, bit_count
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 5, -(2 ** 70) + 1]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a << 64, a >> 64, a.bit_length(), a.bit_count())
for a in vals[:7]:
    for b in vals:
        print(a & b, a | b, a ^ b, end=' ')
    print()
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64, 3 << 100)
print(-1 >> 1, -1 >> 100, -5 >> 1, 5 >> 100, (2 ** 100) >> 99, (-2 ** 100) >> 99, -(2 ** 100) >> 1000)
print(0 << 10 ** 30, 1 >> 10 ** 30, -1 >> 10 ** 30, 0 >> 10 ** 30)
print((2 ** 64 - 1) & -(2 ** 32), ~(2 ** 64), (2 ** 64) ^ (2 ** 64 - 1), -(2 ** 64) | 1)
print((-2 ** 63).bit_length(), (2 ** 63).bit_length(), (10 ** 100).bit_length(), (-7).bit_count())
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: 1 << -1)
check(lambda: 1 >> -1)
check(lambda: (2 ** 100) << -(2 ** 100))
check(lambda: 1 << (1 << 100))
check(lambda: 1 << 2.0)
check(lambda: 1.0 & 1)
