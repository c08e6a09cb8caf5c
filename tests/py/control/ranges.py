# range(): one/two/three arguments, negative steps, empty ranges, len, indexing, slicing, in and repr
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-5, -1)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)), list(range(-1, -5, -1)), list(range(1, 2, 100)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r[1:3], r[::-1], list(r[::-1]))
print(range(10), range(0, 10), range(1, 10, 2), range(-3, 3), len(range(0)), len(range(10, 0, -2)))
print(range(3) == range(0, 3), list(reversed(range(4))), sum(range(100)), max(range(7)))
print(len(range(-10, 10, 3)), list(range(-10, 10, 3)), range(5)[-5], 2 ** 100 in range(10))
for i in range(3, 0, -1):
    print(i, end=' ')
print()
