# int/float equality, ordering, and hashing: equal numbers hash alike; float imprecision shows up in sums
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(1.0 == 1, hash(1.0) == hash(1), hash(2.0), hash(-1.0), hash(0.0), hash(-0.0))
print(sorted([3, 1.5, -2, 0.0, 2, -0.5]))
print(int(2.5), int(-2.5), float(7) / 2, 2.0 * 3 == 6)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, sum([0.1] * 10))
print(1.5 < 2 < 2.5, 3.0 in [1, 2, 3], [1.0, 2.0] == [1, 2])
print(isinstance(1.0, float), isinstance(1, float), 1e3 == 1000, type(1e3))
