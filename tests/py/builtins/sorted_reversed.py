# sorted() returns a new list from any iterable; reversed() returns an iterator over a sequence
print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 1)), sorted({'b': 1, 'a': 2}), sorted(range(3, 0, -1)))
print(sorted(['b', 'A', 'c'], key=lambda s: s.lower()), sorted([3, 1, 2], reverse=True))
r = reversed([1, 2, 3])
print(list(r), list(r), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(5))))
print(''.join(reversed('stressed')), [x for x in reversed([[1], [2]])])
