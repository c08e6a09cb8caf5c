# unhashable values raise TypeError: unhashable type: 'list' / 'dict' / 'set' from hash(), dict keys, set members and lookups
def attempt(label, fn):
    try:
        fn()
        print(label, 'no error')
    except TypeError as e:
        print(label, 'TypeError:', e)


for value in [[1], {'a': 1}, {1}]:
    name = type(value).__name__
    attempt(name + ' hash()', lambda: hash(value))
    attempt(name + ' d[k] = v', lambda: {}.__setitem__(value, 1))
    attempt(name + ' d[k]', lambda: {1: 2}[value])
    attempt(name + ' k in d', lambda: value in {1: 2})
    attempt(name + ' k in empty d', lambda: value in {})
    attempt(name + ' set add', lambda: set().add(value))
    attempt(name + ' k in set', lambda: value in {1})
    attempt(name + ' frozenset', lambda: frozenset([value]))
attempt('frozenset in set', lambda: frozenset([1]) in {1})
attempt('set in set', lambda: {1} in {1})
attempt('list in list', lambda: [1] in [[1]])
