# dict.update from a dict, pairs, keyword arguments, a mapping with keys(); its error messages
d = {'a': 1}
d.update({'b': 2}, c=3)
d.update([('d', 4), ['e', 5], 'fg'])
d.update(a=10)
d.update()
print(d)


class Mapping:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return k * 2


d.update(Mapping())
print(d)
d.update({1: 'int'})
d.update({1.0: 'float', True: 'bool'})
print(d)
for bad in [[('a', 1, 2)], ['abc'], [1], 5, [[1]]]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    d.update({}, {})
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([([1], 2)])
except TypeError as e:
    print('TypeError:', e)
print(len(d))
d.update(d)
print(len(d))
