# mixing ints and floats: results are floats, equality and ordering compare exact values, even beyond 2**53
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 / 5, 7 // 2.0, 7 % 2.5, -7 // 2.0)
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 == -1.0, 0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 1000 > 1e300, 10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(float(2 ** 53 + 1), float(10 ** 20), float(-(2 ** 70)))
print(int(1e15), int(1.5e16), 10 ** 16 == 1e16)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(3 / 1, 0 / 5, -0 / 5, 2 ** 0.5 * 2 ** 0.5)
