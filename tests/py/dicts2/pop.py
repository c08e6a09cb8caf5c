# dict.pop removes and returns; with a default a missing key is no error; KeyError shows the key's repr
d = {'a': 1, 'b': 2, 3: 'three', (4, 5): 'tuple'}
print(d.pop('a'), d, d.pop('zz', 'default'), d.pop(3.0), d.pop((4.0, 5)), d)
print(d.pop('zz', None), {}.pop(1, 'empty'))
for key in ['missing', 7, (1, 2), '']:
    try:
        d.pop(key)
    except KeyError as e:
        print('KeyError:', e, repr(e.args[0]))
for args in [(), (1, 2, 3)]:
    try:
        d.pop(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    d.pop([1], 'default')
except TypeError as e:
    print('TypeError:', e)
print(d)
