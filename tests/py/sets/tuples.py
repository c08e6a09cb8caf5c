# sets of tuples: a tuple is a key when all its items are hashable; order follows the tuple hash
pts = set([(0, 0), (1, 2), (2, 1), (1, 2), (-1, -1)])
print(pts, len(pts), (1, 2) in pts, (2, 2) in pts)
grid = set()
for x in range(4):
    for y in range(3):
        grid.add((x, y))
print(grid)
print(grid - {(x, x) for x in range(4)})
pairs = set(zip('abc', range(3)))
print(pairs, ('a', 0) in pairs)
nested = {((1, 2), (3,)), ((), ()), (('x',),)}
print(nested)
print(set([(1, (2, 3)), (1, (2, 3))]), {tuple(range(5)), tuple(range(6))})
