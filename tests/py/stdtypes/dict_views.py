# dict views: keys/values/items are live, support len and in; keys and items views support set operators
d = {'x': 1, 'y': 2, 'z': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['w'] = 0
del d['x']
print(list(k), list(v), list(it), len(k), len(it))
print('y' in k, 2 in v, ('z', 3) in it, ('z', 4) in it)
print(sorted(k & {'y', 'q'}), sorted(k | {'q'}), sorted(k - {'w'}), sorted(k ^ {'w', 'new'}))
print(sorted(it & {('y', 2), ('w', 5)}), k == {'y', 'z', 'w'}, k <= {'w', 'y', 'z', 'extra'})
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(zip(k, v)))
other = {'w': 0, 'z': 3, 'y': 2}
print(d == other, list(d) == list(other), d.keys() == other.keys(), d.items() == other.items())
print(k.isdisjoint({'a', 'b'}), k.isdisjoint({'w'}))
