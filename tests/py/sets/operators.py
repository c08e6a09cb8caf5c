# |, &, -, ^ build their results in CPython's order: union copies the left set, intersection walks the smaller one, difference copies or walks
a = set(range(0, 40, 3))
b = set(range(0, 40, 4))
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
print(b ^ a)
small = {32, 0, 64}
large = set(range(0, 200, 16))
print(small & large, large & small, small - large, large - small)
print({1} & {1.0}, {1.0} & {1}, {1, 2} & {1.0}, {1.0} & {1, 2}, {1} | {1.0}, {1.0} | {1})
huge = set(range(100))
print(huge - {5, 50}, {5, 50, 500} - huge)
print(set() | set(), set() & {1}, {1} - set(), set() ^ {2}, {1, 2} ^ {1, 2})
x = {1, 2, 3}
print(x | x, x & x, x - x, x ^ x)
print(a | b | {100}, (a & b) - {0}, a ^ b ^ {0, 1})
