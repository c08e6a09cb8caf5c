# dict.fromkeys: keys from any iterable, one shared value (None by default); duplicates and equal numbers collapse
print(dict.fromkeys('abca'), dict.fromkeys(range(3), 0), dict.fromkeys([]), {}.fromkeys([1, 2]))
shared = dict.fromkeys(['a', 'b'], [])
shared['a'].append(1)
print(shared)
print(dict.fromkeys([1, 1.0, True, 2]), dict.fromkeys((x * x for x in range(4)), 'sq'))
print(dict.fromkeys({'only': 1}), dict.fromkeys({5: 'x'}.items()))


class MyDict(dict):
    pass


m = MyDict.fromkeys('xy', 1)
print(type(m).__name__, m)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print('TypeError:', e)
try:
    dict.fromkeys()
except TypeError as e:
    print('TypeError:', e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print('TypeError:', e)
