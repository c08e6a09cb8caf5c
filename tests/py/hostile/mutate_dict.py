# __eq__ and __hash__ methods that clear, grow, shrink or rebuild the dict they are looked up in: get, set, setdefault, pop, del, `in`, update, copy, ==, ** and iteration see the dict as the Python code left it, with CPython's errors.

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

d = {}

class K:
    """A key with a fixed hash whose __eq__ (and optionally __hash__) runs an action."""
    def __init__(self, name, h=1, on_eq=None, on_hash=None, eq=None):
        self.name = name
        self.h = h
        self.on_eq = on_eq
        self.on_hash = on_hash
        self.eq = eq
    def __hash__(self):
        if self.on_hash:
            act, self.on_hash = self.on_hash, None
            act()
        return self.h
    def __eq__(self, other):
        if self.on_eq:
            act, self.on_eq = self.on_eq, None
            act()
        if self.eq is not None:
            return self.eq
        return self is other
    def __repr__(self):
        return self.name

def clear(): d.clear()
def grow(): d.update((i, i) for i in range(100, 140))
def shrink(): d.pop(K0, None)
def rebuild():
    items = list(d.items())
    d.clear()
    d.update(items)
def add_same_hash(): d[K('late', 1)] = 'late'
def readd():
    v = d.pop(K0, None)
    d[K0] = v

for label, act in [('clear', clear), ('grow', grow), ('shrink', shrink), ('rebuild', rebuild),
                   ('add_same_hash', add_same_hash), ('readd', readd)]:
    print('==', label)
    for eq in (False, True):
        def setup():
            global K0
            d.clear()
            K0 = K('k0', 1)
            d[K0] = 'v0'
            d['s'] = 's'
            d[K('k1', 1)] = 'v1'
            K0.on_eq, K0.eq = act, eq      # armed once the dict is built
            return K('probe', 1)
        p = setup(); case('d[probe] eq=%s' % eq, lambda: (d[p], sorted(map(repr, d))))
        p = setup(); case('d.get(probe)', lambda: (d.get(p), sorted(map(repr, d))))
        p = setup(); case('probe in d', lambda: (p in d, len(d)))
        p = setup()
        def store():
            d[p] = 'stored'
            return sorted(map(repr, d.items()))
        case('d[probe] = stored', store)
        p = setup(); case('setdefault', lambda: (d.setdefault(p, 'dflt'), sorted(map(repr, d.items()))))
        p = setup(); case('pop', lambda: (d.pop(p, 'none'), sorted(map(repr, d.items()))))
        p = setup()
        def delete():
            del d[p]
            return sorted(map(repr, d))
        case('del d[probe]', delete)

# __hash__ that changes the dict before the lookup starts
for label, act in [('clear', clear), ('grow', grow), ('rebuild', rebuild)]:
    d.clear()
    d.update({1: 'a', 2: 'b'})
    case('hash ' + label + ' then store', lambda: (d.__setitem__(K('h', 2, on_hash=act), 'c'), len(d)))
    d.clear()
    d.update({1: 'a', 2: 'b'})
    case('hash ' + label + ' then get', lambda: (d.get(K('h', 2, on_hash=act)), len(d)))

# update() and copy() from a dict whose keys' __eq__ changes it
def keys_colliding(action):
    global src
    src = {}
    src[K('a', 5)] = 1
    b = K('b', 5)
    src[b] = 2
    src[K('c', 5)] = 3
    b.on_eq = action                 # armed once the dict is built
    return src
src = None
def src_clear(): src.clear()
def src_grow(): src['x'] = 'x'
def src_swap():
    v = src.popitem()
    src[v[0]] = v[1]
for label, act in [('clear', src_clear), ('grow', src_grow), ('swap', src_swap)]:
    src = keys_colliding(act)
    dst = {K('b', 5, eq=False): 0}
    case('update from src, ' + label, lambda: (dst.update(src), len(dst), len(src)))
    src = keys_colliding(act)
    target = {}
    target[K('a2', 5, on_eq=act)] = 0
    case('update into target, ' + label, lambda: (target.update(src), len(target), len(src)))
    src = {}
    for i in range(6):
        src[i] = i
    keys = [K('a', 5), K('b', 5), K('c', 5)]
    for k in keys:
        src[k] = k.name
    for i in range(6):
        del src[i]                    # more holes than keys: copy() inserts one by one
    keys[1].on_eq = act
    case('copy with holes, ' + label, lambda: (len(src.copy()), len(src)))
    src = keys_colliding(act)
    case('dict(src), ' + label, lambda: (len(dict(src)), len(src)))
    src = keys_colliding(act)
    case('{**src}, ' + label, lambda: (len({**src}), len(src)))

# == and != between dicts whose values' __eq__ changes them
class V:
    def __init__(self, action, result=True):
        self.action = action
        self.result = result
    def __eq__(self, other):
        act, self.action = self.action, None
        if act:
            act()
        return self.result
    __hash__ = None
e = {}
def e_clear(): e.clear()
def e_grow(): e['z'] = 1
def d_clear2(): d.clear()
for label, act in [('clear other', e_clear), ('grow other', e_grow), ('clear self', d_clear2)]:
    d.clear(); e.clear()
    d.update({'a': V(act), 'b': 2, 'c': 3})
    e.update({'a': 1, 'b': 2, 'c': 3})
    case('d == e, ' + label, lambda: (d == e, len(d), len(e)))
    d.clear(); e.clear()
    d.update({'a': 1, 'b': V(act, False)})
    e.update({'a': 1, 'b': 2})
    case('d != e, ' + label, lambda: (d != e, len(d), len(e)))

# the items view's `in` compares values with __eq__
d.clear()
d.update({'a': V(d_clear2)})
case("('a', 1) in d.items()", lambda: (('a', 1) in d.items(), len(d)))
d.update({'a': 1, 'b': V(d_clear2)})
case('1 in d.values()', lambda: (V(None, False) in d.values(), 2 in d.values(), len(d)))

# f(**d) with str-subclass keys whose __eq__ changes d
class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        d.clear()
        return str.__eq__(self, other)
def f(**kw):
    return sorted(kw)
d.clear()
d.update({S('x'): 1, 'y': 2})
case('f(**d, x=0)', lambda: f(**d, x=0))
d.clear()
d.update({'y': 2, S('x'): 1})
case('f(x=0, **d)', lambda: f(x=0, **d))

# iteration while the body changes the dict
def iterate(body, view=lambda: d):
    out = []
    for k in view():
        out.append(k)
        body(k)
        if len(out) > 10:
            break
    return out
d.clear(); d.update({1: 1, 2: 2})
case('iter, add', lambda: iterate(lambda k: d.__setitem__(k + 10, 0)))
d.clear(); d.update({1: 1, 2: 2})
case('iter, delete', lambda: iterate(lambda k: d.pop(k)))
d.clear(); d.update({1: 1, 2: 2})
case('iter, delete + add', lambda: iterate(lambda k: (d.pop(k), d.__setitem__(k + 10, 0))))
d.clear(); d.update({1: 1, 2: 2})
case('values, delete + add', lambda: iterate(lambda k: (d.popitem(), d.__setitem__(k + 10, 0)), d.values))
d.clear(); d.update({1: 1, 2: 2, 3: 3})
case('items, replace values', lambda: iterate(lambda k: d.__setitem__(k[0], 'new'), d.items))
d.clear(); d.update({1: 1, 2: 2})
case('reversed, delete + add', lambda: iterate(lambda k: (d.pop(k), d.__setitem__(k + 10, 0)), lambda: reversed(d)))
d.clear(); d.update({1: 1, 2: 2, 3: 3})
case('keys, clear + refill', lambda: iterate(lambda k: (d.clear(), d.update({7: 7, 8: 8, 9: 9})), d.keys))
it = iter(d)
d.clear(); 
case('iterator after error', lambda: (next(it, 'end'), next(it, 'end')))
