# dict and set comprehensions and displays check their keys too: unhashable type: 'list'
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


rows = [[1, 2], [3, 4]]
attempt('dict comprehension', lambda: {r: len(r) for r in rows})
attempt('dict comprehension tuple keys', lambda: {tuple(r): len(r) for r in rows})
attempt('set comprehension', lambda: {r for r in rows})
attempt('set comprehension of tuples', lambda: {tuple(r) for r in rows})
attempt('dict display', lambda: {'ok': 1, rows[0]: 2})
attempt('set display', lambda: {1, 2, rows[1]})
attempt('dict()', lambda: dict([(rows[0], 1)]))
attempt('dict.fromkeys', lambda: dict.fromkeys(rows))
attempt('set()', lambda: set(rows))
attempt('set.update', lambda: {0}.update(rows))
attempt('dict comprehension with dict keys', lambda: {{}: 1 for i in range(1)})
attempt('set comprehension with set members', lambda: {set() for i in range(2)})
