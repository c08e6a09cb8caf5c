# argument errors of every str method, worded as CPython 3.11 words them (they differ between methods)
calls = [
    ('split', (',', 1, 2), {}), ('split', (1,), {}), ('split', (',', 'x'), {}), ('split', ('',), {}), ('split', (), {'x': 1}),
    ('split', (',',), {'sep': ','}), ('split', (), {'sep': ',', 'maxsplit': 1, 'x': 2}), ('split', (',',), {'maxsplit': 1, 'y': 2}),
    ('split', (), {'maxsplit': 2.0}), ('split', (',', 10**30), {}), ('rsplit', (1,), {}), ('rsplit', (), {'sep': ''}),
    ('splitlines', (1, 2), {}), ('splitlines', ('x',), {}), ('splitlines', (), {'keepends': 1.5}), ('splitlines', (), {'x': 1}),
    ('splitlines', (10**30,), {}), ('partition', (), {}), ('partition', (1,), {}), ('partition', ('',), {}), ('rpartition', ('a', 'b'), {}),
    ('join', (), {}), ('join', (1,), {}), ('join', (), {'iterable': []}), ('strip', (1,), {}), ('strip', ('a', 'b'), {}),
    ('lstrip', (1,), {}), ('rstrip', ([],), {}), ('strip', (), {'chars': 'a'}), ('replace', ('a',), {}), ('replace', (1, 'b'), {}),
    ('replace', ('a', 1), {}), ('replace', ('a', 'b', 'c'), {}), ('replace', ('a', 'b', 1, 2), {}), ('replace', ('a', 'b'), {'count': 1}),
    ('replace', ('a', 'b', 10**30), {}), ('find', (), {}), ('find', (1,), {}), ('find', ('a', 'x'), {}), ('find', ('a', 1, 2, 3), {}),
    ('find', ('a', 1.5), {}), ('rfind', (None,), {}), ('index', ('z',), {}), ('rindex', ('z',), {}),
    ('index', (), {}), ('count', (), {}), ('count', (1,), {}), ('count', ('a', None, None, None), {}), ('startswith', (), {}),
    ('startswith', (1,), {}), ('endswith', ((1,),), {}), ('startswith', ('a', 'x'), {}), ('endswith', ('a', 1, 2, 3), {}),
    ('upper', (1,), {}), ('lower', (), {'x': 1}), ('casefold', (1,), {}), ('title', (1,), {}), ('capitalize', (1,), {}),
    ('swapcase', (1,), {}), ('isdigit', (1,), {}), ('isalpha', (1,), {}), ('isidentifier', (1,), {}), ('isascii', (), {'a': 1}),
    ('zfill', (), {}), ('zfill', ('x',), {}), ('zfill', (1.5,), {}), ('zfill', (1, 2), {}), ('zfill', (), {'width': 3}),
    ('zfill', (10**30,), {}), ('center', (), {}), ('center', ('x',), {}), ('center', (3, 'ab'), {}), ('center', (3, 1), {}),
    ('center', (3, ''), {}), ('ljust', (3, 'ab'), {}), ('rjust', (3, None), {}), ('center', (1, 2, 3), {}), ('ljust', (), {'width': 3}),
    ('center', (-10**30,), {}), ('expandtabs', ('x',), {}), ('expandtabs', (1, 2), {}), ('expandtabs', (), {'x': 1}),
    ('expandtabs', (), {'tabsize': 'x'}), ('expandtabs', (), {'tabsize': 1, 'x': 2}), ('expandtabs', (10**30,), {}),
    ('format_map', (), {}), ('format_map', ({}, {}), {}), ('format_map', (), {'x': 1}), ('removeprefix', (), {}),
    ('removesuffix', ('a', 'b'), {}), ('translate', (), {}), ('translate', (), {'table': {}}), ('maketrans', (), {'x': 1}),
    ('__format__', (1,), {}), ('__format__', (None,), {}), ('split', (1.5, None), {}), ('rsplit', (1, 'x'), {}),
    ('split', (), {'sep': 1, 'maxsplit': 2**70}), ('replace', (None, 1, 'x'), {}), ('center', ('x', 'ab'), {}),
    ('find', (None, 'x'), {}), ('startswith', (None, 1.5), {}), ('replace', (None, 'b'), {}), ('replace', ('a', None), {}),
]
for name, args, kwargs in calls:
    try:
        r = getattr('abc', name)(*args, **kwargs)
        print(name, 'returned', repr(r))
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__ + ':', e)
# called directly, a method that takes no keywords names itself with its class
for call in [lambda: 'abc'.find(sub='a'), lambda: 'abc'.count('a', start=1), lambda: 'abc'.startswith(prefix='a'),
             lambda: 'abc'.upper(x=1), lambda: 'abc'.join(iterable=[]), lambda: 'abc'.replace('a', 'b', count=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
