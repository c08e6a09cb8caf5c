# float/int comparisons are exact, even where the int does not fit a double
big = 2 ** 53
pairs = [(big + 1, float(big)), (big + 1, float(big + 2)), (big, float(big)), (-big - 1, -float(big)),
         (10 ** 400, 1e308), (-(10 ** 400), -1e308), (10 ** 400, float('inf')), (-(10 ** 400), float('-inf')),
         (0, -0.0), (1, 1.0000000000000002), (1, 0.9999999999999999), (2 ** 63, 9.223372036854776e18),
         (2 ** 63 - 1, 9.223372036854776e18), (2 ** 1024, 1.7976931348623157e308), (5, float('nan')),
         (10 ** 30, 1e30), (10 ** 22, 1e22), (10 ** 23, 1e23), (-3, -2.5), (-3, -3.5), (3, 2.5), (3, 3.5)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, f > i)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan in [nan], [nan] == [nan], 1.0 in [1], 2 ** 53 + 1 in [2.0 ** 53])
print(sorted([3, 1.5, 2 ** 64, -2.5, 0, 1e19, -(10 ** 20)]), max(1, 1.0), min(1.0, 1), max(2 ** 64, 1.8e19))
print(float(2 ** 53 + 1) == 2 ** 53 + 1, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 == 10 ** 16)
