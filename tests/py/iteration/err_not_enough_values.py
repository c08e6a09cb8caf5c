# unpacking too few values into starred targets: "not enough values to unpack (expected at least 3, got 2)"
first, second, *rest = [1, 2, 3, 4]
print(first, second, rest)
a, b, *c, d = 'xy'
