# big ints with // and % of every sign, divmod, true division of big ints giving floats
a = 10 ** 30 + 7
b = 10 ** 12 + 39
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (7, a), (-7, a), (a, -1)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 99, 1 / 2 ** 100)
print(10 ** 40 // 3, 10 ** 40 % 3, -(10 ** 40) // 3, -(10 ** 40) % 3)
print(2 ** 128 // 2 ** 64 == 2 ** 64, (2 ** 128 + 5) % 2 ** 64)
print((-2) ** 127 // 2 ** 64, (-2) ** 127 % 2 ** 64)
