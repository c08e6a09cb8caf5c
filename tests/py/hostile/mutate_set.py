# __eq__ and __hash__ methods that clear, grow, shrink or rebuild the set they are looked up in: add, discard, remove, `in`, the set algebra, comparisons and iteration see the set as the Python code left it, with CPython's errors.

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

def ints(x):
    """The small ints of a set, sorted (other keys have no stable order)."""
    return sorted(k for k in x if type(k) is int)

class K:
    def __init__(self, name, h=3, action=None, eq=False, on_hash=None):
        self.name = name
        self.h = h
        self.action = action
        self.eq = eq
        self.on_hash = on_hash
    def __hash__(self):
        if self.on_hash:
            act, self.on_hash = self.on_hash, None
            act()
        return self.h
    def __eq__(self, other):
        if self.action:
            act, self.action = self.action, None
            act()
            return self.eq
        return self is other
    def __repr__(self):
        return self.name

s = set()
def clear(): s.clear()
def grow(): s.update(range(100, 130))
def shrink(): s.discard(K0)
def rebuild():
    keep = list(s)
    s.clear()
    s.update(keep)
def add_same_hash(): s.add(K('late', 3))
def purge():
    for i in range(20):
        s.add(1000 + i)
    for i in range(20):
        s.discard(1000 + i)

for label, act in [('clear', clear), ('grow', grow), ('shrink', shrink), ('rebuild', rebuild),
                   ('add_same_hash', add_same_hash), ('purge', purge)]:
    print('==', label)
    for eq in (False, True):
        def setup():
            global K0
            s.clear()
            K0 = K('k0', 3)
            s.update([1, 2, K0, 4])
            K0.action, K0.eq = act, eq       # armed once the set is built
            return K('probe', 3)
        p = setup(); case('probe in s, eq=%s' % eq, lambda: (p in s, len(s)))
        p = setup(); case('s.add(probe)', lambda: (s.add(p), len(s), p in s))
        p = setup(); case('s.discard(probe)', lambda: (s.discard(p), len(s)))
        p = setup(); case('s.remove(probe)', lambda: (s.remove(p), len(s)))
        p = setup(); case('s & {probe}', lambda: (len(s & {p}), len(s)))
        p = setup(); case('s - {probe, 9}', lambda: (len(s - {p, 9}), len(s)))
        p = setup(); case('{probe} - s', lambda: (len({p} - s), len(s)))
        p = setup(); case('s ^ {probe}', lambda: (len(s ^ {p}), len(s)))
        p = setup(); case('s | {probe}', lambda: (len(s | {p}), len(s)))
        p = setup(); case('s.intersection([probe])', lambda: (len(s.intersection([p])), len(s)))
        p = setup(); case('s.difference_update([probe])', lambda: (s.difference_update([p]), len(s)))
        p = setup(); case('s.symmetric_difference_update([probe])',
                          lambda: (s.symmetric_difference_update([p]), len(s)))
        p = setup(); case('s.symmetric_difference_update({probe: 0})',
                          lambda: (s.symmetric_difference_update({p: 0}), len(s)))
        p = setup(); case('s.issuperset([probe])', lambda: (s.issuperset([p]), len(s)))
        p = setup(); case('{probe} <= s', lambda: ({p} <= s, len(s)))
        p = setup(); case('s.isdisjoint([probe])', lambda: (s.isdisjoint([p]), len(s)))
        p = setup(); case('s.update({probe: 1})', lambda: (s.update({p: 1}), len(s)))

# __hash__ that changes the set before the search starts
for label, act in [('clear', clear), ('grow', grow), ('rebuild', rebuild)]:
    s.clear(); s.update([1, 2, 3])
    case('hash ' + label + ' then add', lambda: (s.add(K('h', 5, on_hash=act)), len(s)))
    s.clear(); s.update([1, 2, 3])
    case('hash ' + label + ' then in', lambda: (K('h', 5, on_hash=act) in s, len(s)))

# a set merged into another whose keys' __eq__ changes the source
src = set()
def src_clear(): src.clear()
def src_grow(): src.update(range(50, 70))
for label, act in [('clear', src_clear), ('grow', src_grow)]:
    a, b, c = K('a', 9), K('b', 9), K('c', 9)
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act)}
    case('dst.update(src), ' + label, lambda: (dst.update(src), len(dst), len(src)))
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act)}
    case('dst |= src, ' + label, lambda: (len(dst.__ior__(src)), len(dst), len(src)))
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act)}
    case('dst & src, ' + label, lambda: (len(dst & src), len(src)))
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act)}
    case('dst - src, ' + label, lambda: (len(dst - src), len(src)))
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act)}
    case('dst == src, ' + label, lambda: (dst == src, len(src)))
    src.clear(); src.update([a, b, c])
    dst = {K('x', 9, action=act), 1, 2}
    case('dst ^= src, ' + label, lambda: (len(dst.__ixor__(src)), len(src)))

# iteration while the body changes the set
def iterate(body):
    out = []
    for k in s:
        out.append(k)
        body(k)
        if len(out) > 10:
            break
    return out
s.clear(); s.update([1, 2, 3])
case('iter, add', lambda: iterate(lambda k: s.add(k + 10)))
s.clear(); s.update([1, 2, 3])
case('iter, discard', lambda: iterate(lambda k: s.discard(k)))
s.clear(); s.update([1, 2, 3])
case('iter, discard + add', lambda: iterate(lambda k: (s.discard(k), s.add(k + 8))))
s.clear(); s.update([1, 2, 3])
case('iter, pop + add', lambda: iterate(lambda k: (s.pop(), s.add(k + 4))))
s.clear(); s.update([1, 2, 3])
it = iter(s)
next(it)
s.add(99)
case('iterator after a change', lambda: (next(it, 'end'), next(it, 'end')))
case('set(s) after all that', lambda: ints(s))
