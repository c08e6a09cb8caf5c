# dicts keep insertion order; overwriting keeps the position, delete then re-add moves the key to the end
d = {'b': 1, 'a': 2, 'c': 3}
print(d, len(d), d['a'])
d['d'] = 4
d['b'] = 10
print(d)
del d['a']
d['a'] = 'back'
print(d)
print('a' in d, 'z' in d, 10 in d, 'z' not in d, len(d))
print(d.get('a'), d.get('z'), d.get('z', 'default'), d.get('b', 0))
print({}, dict(), len({}), {1: 1} == {1: 1.0})
e = {}
for word in ['one', 'two', 'three']:
    e[word] = len(word)
print(e)
print({'x': 1, 'x': 2}, {'k': [1, 2], 'n': None, 't': (1,)})
