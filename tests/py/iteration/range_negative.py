# range with negative steps: contents, len, indexing, slicing, membership, reversed, empty ranges, equality
cases = [(10, 0, -1), (10, 0, -3), (0, 10, -1), (5, -5, -2), (-1, -10, -4), (3, 3, -1), (0, -1, -1)]
for args in cases:
    r = range(*args)
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(20, 0, -3)
print(r[2], r[-2], r[1:4], r[::-1], r[::2], list(r[::-2]))
print(11 in r, 12 in r, 20 in r, 0 in r, r.index(14), r.count(5))
print(list(reversed(range(1, 10, 4))), range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r.index(13)
except ValueError as e:
    print('ValueError:', e)
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(-10, 10, 3)), r.start, r.stop, r.step)
