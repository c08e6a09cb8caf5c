# set displays: three or more constants become a frozenset constant merged into an empty set, and a constant display iterated by for is the frozenset itself; each can order differently from adding one by one
print({1, 9, 17, 25, 33, 41}, set([1, 9, 17, 25, 33, 41]))
print({9, 1, 17}, set([9, 1, 17]), {9, 1}, {1, 9})
print({'a', 'b', 'c', 'd', 'e', 'f'}, set(['a', 'b', 'c', 'd', 'e', 'f']))
x = [1, 9, 17, 25, 33, 41]
print({*x}, {x[0], x[1], x[2], x[3], x[4], x[5]}, {*x, 2}, {2, *x})
print({1, 1, 1}, {1, True, 1.0}, {(1, 2), (1, 2), 'x'}, len({None, ...}), None in {None, 1})
print({n % 8 for n in range(100)}, {c for c in 'banana'}, {n * 8 for n in range(6)})
print(type({1}).__name__, type({1, 2, 3}).__name__, {1, 2, 3} == frozenset({1, 2, 3}))
for x in {1, 9, 17, 25, 33, 41}:
    print(x, end=' ')
print([x for x in {1, 9, 17, 25, 33, 41}], list({1, 9, 17, 25, 33, 41}), 17 in {1, 9, 17, 25, 33, 41})
