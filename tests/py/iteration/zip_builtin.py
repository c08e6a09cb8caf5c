# zip pairs items up to the shortest input; zip(*rows) transposes; zip with strict=True checks lengths
names = ['ann', 'bob', 'cy']
ages = [31, 25]
print(list(zip(names, ages)))
print(list(zip(names, range(100), 'XYZ')))
print(list(zip()), list(zip([1, 2])))
rows = [(1, 2, 3), (4, 5, 6)]
cols = list(zip(*rows))
print(cols, list(zip(*cols)) == rows)
print(dict(zip('abc', range(3))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
for a, b in zip(names, names[1:]):
    print(a, '->', b)
