# set displays: items are added in source order (duplicates keep the first), starred items are merged in, comprehensions add as they go
print({9, 1, 17}, set([9, 1, 17]), {9, 1}, {1, 9})
x = [1, 9, 17, 25, 33, 41]
print({*x}, {x[0], x[1], x[2], x[3], x[4], x[5]}, {*x, 2}, {2, *x})
print({1, 1, 1}, {1, True, 1.0}, {(1, 2), (1, 2), 'x'}, len({None, ...}), None in {None, 1})
print({n % 8 for n in range(100)}, {c for c in 'banana'}, {n * 8 for n in range(6)})
print(type({1}).__name__, type({1, 2, 3}).__name__, {1, 2, 3} == frozenset({1, 2, 3}))
