# enumerate with and without start, zip of equal and unequal lengths (stops at the shortest), zip(*rows) transposes
print(list(enumerate('abc')), list(enumerate(['x', 'y'], 1)), list(enumerate([], 5)), list(enumerate('ab', start=-1)))
for i, ch in enumerate('hey', start=10):
    print(i, ch)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)))
names = ['a', 'b', 'c']
ages = [1, 2, 3]
print(dict(zip(names, ages)))
for n, a in zip(names, ages):
    print(n, a, end='; ')
print()
