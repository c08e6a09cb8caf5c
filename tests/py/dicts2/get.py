# dict.get: the default is None or the second argument; numeric-equal keys match; unhashable keys and bad arities are TypeErrors
d = {'a': 1, 1: 'one', (1, 2): 'pair', None: 'none'}
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.get(1.0), d.get(True), d.get((1.0, 2)), d.get(None))
print(d.get('zz', None), d.get('a', 'unused'), {}.get(1), {}.get(1, []))
for args in [(), ('a', 1, 2)]:
    try:
        d.get(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    d.get([1])
except TypeError as e:
    print('TypeError:', e)
try:
    d.get('a', default=1)
except TypeError as e:
    print('TypeError:', e)
print(dict.get(d, 'a'), dict.get(d, 'b', 'no'))
