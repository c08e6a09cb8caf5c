# enumerate with and without start, over strings, dicts and iterators; it is lazy and single-use
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], start=1)), list(enumerate('z', 10)), list(enumerate([], 5)))
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
e = enumerate(iter([10, 20, 30]), -1)
print(next(e), list(e), list(e))
lines = ['first', '', 'third']
print([n for n, line in enumerate(lines, 1) if not line])
print(dict(enumerate('hey')))
