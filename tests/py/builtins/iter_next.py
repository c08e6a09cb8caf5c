# iter() and next(): iterators are consumed once, next() takes a default, for loops use the same protocol
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
s = iter('ab')
print(next(s), list(s), list(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
r = iter(range(3))
for x in r:
    print('loop', x)
    if x == 0:
        print('skipped', next(r))
g = (x * x for x in range(3))
print(next(g), list(g), next(g, 'empty'))
it = iter([10, 20])
print(iter(it) is it, list(zip(it, it)))
