# dict methods: get, setdefault, pop (with default), popitem (LIFO), update (dict, pairs, keywords), copy, clear, fromkeys, | and |=
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'default'), d)
d.update({'d': 4}, e=5)
d.update([('f', 6), ('a', 10)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e['b'] = 'changed'
print(d['b'], e['b'])
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [('z', 0)]
print(x)
print(e.clear(), e, len(e))
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', 'cd')))
