# error messages of indexing, keys, unpacking and mutation of containers
cases = [
    "[1, 2][5]", "[][-1]", "(1,)[3]", "'ab'[2]", "range(3)[3]", "[1][f]", "'s'[x]",
    "(1,)[x]", "{'a': 1}['b']", "{}[[]]", "{[1]: 2}", "{{}}", "n[0]", "no[0]",
    "len(3)", "'abc'.__setitem__", "[].pop()", "[1].pop(5)", "{}.pop('x')", "{}.popitem()",
    "[1, 2].remove(3)", "[1, 2].index(3)", "(1, 2).index(3)", "'abc'.index('z')",
    "set().pop()", "set().remove(1)", "sum(['a', 'b'])", "sum([[1]], [])", "iter(5)",
    "next([1])", "list(5)", "tuple(None)", "dict([1, 2])", "dict([(1, 2, 3)])", "min(3)",
    "sorted([1, 'a'])", "'x'.join([1, 2])", "[1, 2, 3][::0]", "frozenset([[]])",
]
for src in cases:
    try:
        eval(src, {'f': 1.0, 'x': 'x', 'n': 5, 'no': None})
        print(src.ljust(22), 'no error')
    except Exception as e:
        print(src.ljust(22), type(e).__name__ + ':', e)
def assign(stmt):
    ns = {'s': 'abc', 't': (1, 2), 'l': [1, 2, 3], 'd': {}, 'n': 5, 'fs': frozenset()}
    try:
        exec(stmt, ns)
        print(stmt.ljust(22), 'no error')
    except Exception as e:
        print(stmt.ljust(22), type(e).__name__ + ':', e)
for stmt in ["s[0] = 'x'", "t[0] = 9", "del t[0]", "l[5] = 0", "del l[7]", "n[0] = 1",
             "a, b = l", "a, b, c, d = l", "a, b = 5", "a, = []", "x, *y, z = [1]",
             "del d['k']", "l[::2] = [1]", "l['a'] = 1", "fs.add(1)", "del s[0]"]:
    assign(stmt)
