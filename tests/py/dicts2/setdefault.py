# dict.setdefault inserts the default only when the key is missing and returns the stored value (the grouping idiom)
d = {}
print(d.setdefault('a'), d, d.setdefault('a', 5), d)
print(d.setdefault('b', []), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups)
e = {1: 'int'}
print(e.setdefault(1.0, 'float'), e.setdefault(True, 'bool'), e)
for args in [(), (1, 2, 3)]:
    try:
        e.setdefault(*args)
    except TypeError as err:
        print('TypeError:', err)
try:
    e.setdefault({}, 1)
except TypeError as err:
    print('TypeError:', err)
print(e)
