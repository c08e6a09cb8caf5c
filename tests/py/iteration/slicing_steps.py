# slicing with steps on str, list, tuple and range: positive and negative steps, omitted bounds, out-of-range bounds clamp
s = 'abcdefghij'
lst = list(range(10))
t = tuple(s)
for sl in [(None, None, 2), (None, None, -1), (1, 8, 3), (8, 1, -2), (-1, -6, -1), (-3, None, None),
           (None, -7, None), (2, 100, None), (-100, 3, None), (5, 2, None), (None, None, -3),
           (100, None, -4), (3, 3, 1), (1, -1, 2)]:
    k = slice(*sl)
    print(str(sl).ljust(18), repr(s[k]).ljust(12), lst[k], ''.join(t[k]))
print(s[::-1] == ''.join(reversed(s)), lst[::-1][::-1] == lst)
print(s[slice(2)], lst[slice(1, None, 4)], slice(1, 5, 2), slice(3).stop)
print(slice(None, None, -1).indices(5), slice(-3, 100).indices(10))
print('racecar'[::-1] == 'racecar', 'hello'[-2:], 'hello'[:-2], [1, 2, 3][-100:100])
