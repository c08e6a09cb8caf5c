# keys/values/items views: live, sized, iterable, `in` by hash and ==; keys and items are set-like; values are not
d = {'a': 1, 'b': 2, 3: [3]}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['c'] = 4
del d['a']
print(list(k), list(v), list(i))
print('b' in k, 3.0 in k, 'z' in k, 2 in v, [3] in v, ('b', 2) in i, ('b', 3) in i, (3, [3]) in i, (3.0, [3]) in i)
print(k & {'b', 'z'}, sorted(k - {3}, key=str), k | {'b'} == {'b', 'c', 3}, k ^ {'b'} == {'c', 3})
print(d.keys() == {'b', 'c', 3}, {'b': 2, 'c': 4}.items() == {('c', 4), ('b', 2.0)}, d.values() == d.values())
print(k.isdisjoint(['x']), k.isdisjoint(['b']), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print({1: 'a'}.keys() == {1.0: 'b'}.keys(), {1: 'a'}.items() == {1.0: 'a'}.items())
try:
    i & {('c', 4)}
    print('ok', sorted(i & {('c', 4), ('b', 2)}))
    i | {(3, [3])}
except TypeError as e:
    print('TypeError:', e)
try:
    [1] in k
except TypeError as e:
    print('TypeError:', e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
