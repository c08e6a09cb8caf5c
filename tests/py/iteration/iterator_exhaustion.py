# an iterator is consumed once; a list can be iterated again; zip/map/filter/enumerate/reversed results are iterators
data = [1, 2, 3]
it = iter(data)
print(list(it), list(it))
print(list(data), list(data))
for name, maker in [('zip', lambda: zip(data, data)), ('map', lambda: map(str, data)),
                    ('filter', lambda: filter(None, data)), ('enumerate', lambda: enumerate(data)),
                    ('reversed', lambda: reversed(data)), ('iter(range)', lambda: iter(range(3))),
                    ('genexpr', lambda: (x for x in data))]:
    obj = maker()
    print(name.ljust(12), iter(obj) is obj, len(list(obj)), len(list(obj)))
it = iter(data)
print(2 in it, list(it))
it = iter('abcdef')
print([c for c in it if c in 'be'], list(it))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(next(it), list(it))
