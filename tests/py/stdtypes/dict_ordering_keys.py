# dicts keep insertion order; re-assigning keeps the position; 1, 1.0 and True are the same key; any hashable key works
d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
d['b'] = 'updated'
print(d)
del d['a']
d['a'] = 'back at the end'
print(list(d))
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print(m, len(m))
keys = {(1, 2): 'tuple', 'text': 'str', 3.5: 'float', None: 'none', frozenset([1]): 'fs', -7: 'neg'}
for key, value in keys.items():
    print(repr(key).ljust(15), value, keys[key])
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
