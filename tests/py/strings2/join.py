# str.join: lists, tuples, generators, dict keys, strings, one item, empty, Unicode separators; CPython's errors
seps = ['', ',', ', ', '-é-', '本', '\n']
iterables = [
    ['a', 'b', 'c'], ('x', 'y'), [], ['only'], 'abc', {'k1': 1, 'k2': 2},
    (w.upper() for w in ['p', 'q']), map(str, range(5)), ['', '', ''], ['日本', '語'],
]
for sep in seps:
    for it in iterables:
        if not isinstance(it, (list, tuple, str, dict)):
            continue
        print(repr(sep.join(it)), end=' ')
    print()
print(','.join(w.upper() for w in ['p', 'q']), '+'.join(map(str, range(5))))
print(' '.join(reversed(['1', '2', '3'])), '|'.join(sorted({'b', 'a', 'c'})))
only = 'one'
print(''.join([only]) is only, type(''.join(('x',))).__name__, ''.join([]) == '', ''.join(iter(['a', 'b'])))
rows = [['1', '2'], ['3', '4']]
print('\n'.join(','.join(r) for r in rows))
for bad in [1, None, [1, 2], ['a', 2], ('a', 'b', None), ['a', ['b']], [3.5]]:
    try:
        print(','.join(bad))
    except TypeError as e:
        print('TypeError:', e)
def gen():
    yield 'a'
    raise TypeError('from the generator')
try:
    ''.join(gen())
except TypeError as e:
    print('TypeError:', e)
try:
    ''.join()
except TypeError as e:
    print('TypeError:', e)
try:
    ''.join(['a'], ['b'])
except TypeError as e:
    print('TypeError:', e)
