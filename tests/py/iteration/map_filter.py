# map and filter are lazy iterators; map with several iterables stops at the shortest; filter(None, ...) keeps truthy values
def loud(x):
    print('  mapping', x)
    return x * 10
m = map(loud, [1, 2, 3])
print('map created', type(m).__name__)
print(next(m))
print(list(m), list(m))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'x', [], [0], None, False, 2.5])))
print(list(filter(lambda w: len(w) > 2, ['a', 'abc', 'de', 'fghi'])))
print(list(filter(str.isdigit, '1a2b33')))
evens = filter(lambda n: n % 2 == 0, range(10))
print(sum(evens), sum(evens))
print(list(map(str, map(abs, [-1, 2, -3]))))
print(list(map(int, '12 4 -7'.split())))
