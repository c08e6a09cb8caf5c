# equal keys are one key: 1, 1.0 and True collide (the first key object stays, the last value wins); tuples as keys
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d, len(d))
e = {True: 'yes'}
e[1] = 'one'
e[1.0] = 'float'
print(e)
f = {0: 'zero', -0.0: 'negzero', False: 'false'}
print(f)
grid = {(0, 0): 'origin', (1, 2): 'point'}
print(grid[(1, 2)], grid[0, 0], (2, 1) in grid, grid.get((1, 2.0)))
mixed = {None: 'none', 'a': 1, 2: 'two', 3.5: 'float', (1, (2, 3)): 'nested tuple', '': 'empty', -1: 'neg'}
print(mixed)
print(mixed[None], mixed[(1, (2, 3))], mixed[-1], 2.0 in mixed)
print({2 ** 70: 'big', 2.0 ** 70: 'float big'})
