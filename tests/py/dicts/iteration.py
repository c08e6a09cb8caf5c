# iterating dicts: keys by default, keys(), values(), items(), the views' repr, and list() of them
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(sum(d.values()), sorted(d), max(d, key=d.get), len(d.items()))
print('two' in d.keys(), 2 in d.values(), ('one', 1) in d.items())
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
