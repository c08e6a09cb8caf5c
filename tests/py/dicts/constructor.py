# dict() from pairs, keyword arguments, another dict, zip; dict literals with computed keys and ** unpacking
print(dict([('a', 1), ('b', 2)]), dict(x=1, y=2), dict([('a', 1)], b=2), dict({'k': 'v'}))
print(dict(zip('abc', range(3))), dict([[1, 'one'], (2, 'two')]), dict(()), dict(a=1, **{'b': 2}))
base = {'a': 1, 'b': 2}
print({**base, 'c': 3}, {**base, 'a': 'over'}, {'a': 'first', **base})
keys = ['x', 'y']
print({k: k * 2 for k in keys}, {keys[0]: 1, keys[1] + 'z': 2}, {1 + 1: 'two', (1, 2): 'tuple'})
copy = dict(base)
copy['a'] = 99
print(base, copy)
