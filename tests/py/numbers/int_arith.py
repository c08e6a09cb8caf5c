# int + - * around the int64 boundary, where the fast path hands over to gmp
B = 2 ** 63
values = [0, 1, -1, 7, -7, B - 1, -B, B, -B - 1, 2 ** 64, -(2 ** 64) + 3, 10 ** 30, -(10 ** 30)]
for a in values:
    print(a, a + 1, a - 1, -a, abs(a), a * 2, a * -3, +a)
for a in values[:8]:
    for b in values[:8]:
        print(a + b, a - b, a * b)
print(B - 1 + 1 == B, (B - 1) + 1, -B - 1, (-B) * -1, (-B) // -1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(sum(range(10 ** 6)), 12345678901234567890 * 98765432109876543210)
x = 1
for i in range(1, 30):
    x *= i
    print(i, x)
print(x // (2 ** 30), x % 1000007, x - x, type(x - x))
