# dict comprehensions: from ranges, zip, inverting a dict, filtering; later duplicates overwrite earlier ones in place
print({x: x * x for x in range(5)})
names = ['ann', 'bob', 'cy']
print({n: len(n) for n in names}, {i: n for i, n in enumerate(names)})
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items()}, {k: v for k, v in d.items() if v != 2})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k.upper(): [v] * v for k, v in d.items()})
