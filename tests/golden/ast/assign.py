# assignment forms: chained, unpacking, starred, augmented, annotated
a = b = 1
x, y = y, x
[p, q] = (1, 2)
first, *rest = items
(a, (b, c)), d = value
obj.attr = 1
obj[0] = 2
obj[1:2] = [3]
n += 1
s -= 2; t *= 3; u /= 4; v //= 5; w %= 6; z **= 7
m @= n; b1 &= 1; b2 |= 2; b3 ^= 3; b4 <<= 4; b5 >>= 5
count: int = 0
name: str
(paren): int = 3
obj.field: float
table[0]: list = []
