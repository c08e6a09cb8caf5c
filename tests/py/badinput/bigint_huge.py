# arithmetic on ints with about 100000 decimal digits: products, division, modulo, comparison, powers, bit operations
x = 7 ** 120000
y = 3 ** 200000 + 12345
print(x % 1000000007, y % 1000000007, (x * y) % 998244353)
print(x > y, x // y > 0, (x + y) % 97, (x - y) % 101, (y // (x // 10 ** 5000)) % 1009)
q, r = divmod(x, y)
print(q * y + r == x, 0 <= r < y, r % 12345)
print((x >> 300000) % 1000, (x << 1000) % 777, (x & y) % 1013, (x ^ y) % 1013)
z = 2 ** 332192
print(z % 10 ** 9, len(bin(z)), z // 2 ** 332190)
print(pow(x, 3, 10 ** 9 + 9), (-x) % 1000, (-x) // y < 0)
