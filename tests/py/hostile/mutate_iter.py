# Iteration that changes what it walks: for loops over a list that the body grows, shrinks or clears; slice assignment and extend from generators that change the target list; enumerate, zip, reversed, map and filter over a changing list; iter(f, sentinel) with a hostile sentinel; tuple comparison and `in` with __eq__ that changes the lists inside.

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

a = []

def walk(it, body, limit=12):
    out = []
    for x in it:
        out.append(x)
        body(x)
        if len(out) >= limit:
            out.append('...')
            break
    return out, a

a[:] = [1, 2, 3, 4]
case('for, append', lambda: walk(a, lambda x: a.append(x * 10) if x < 3 else None))
a[:] = [1, 2, 3, 4]
case('for, remove current', lambda: walk(a, lambda x: a.remove(x)))
a[:] = [1, 2, 3, 4]
case('for, clear', lambda: walk(a, lambda x: a.clear()))
a[:] = [1, 2, 3, 4, 5, 6]
case('for, del a[:2]', lambda: walk(a, lambda x: a.__delitem__(slice(0, 2))))
a[:] = [1, 2, 3, 4]
case('for, insert front', lambda: walk(a, lambda x: a.insert(0, -x), limit=6))
a[:] = [1, 2, 3, 4]
case('reversed, pop', lambda: walk(reversed(a), lambda x: a.pop(0)))
a[:] = [1, 2, 3, 4]
case('reversed, clear then refill', lambda: walk(reversed(a), lambda x: (a.clear(), a.extend('ab'))))
a[:] = [1, 2, 3, 4]
case('reversed, append', lambda: walk(reversed(a), lambda x: a.append(x)))
a[:] = [1, 2, 3, 4]
case('enumerate, clear', lambda: walk(enumerate(a), lambda x: a.clear()))
a[:] = [1, 2, 3, 4]
case('zip, pop', lambda: walk(zip(a, a[::-1]), lambda x: a.pop()))
a[:] = [1, 2, 3, 4]
case('map, append', lambda: walk(map(lambda x: (a.append(x), x)[1], a), lambda x: None, limit=7))
a[:] = [1, 2, 3, 4]
case('filter, remove', lambda: walk(filter(lambda x: (a.remove(x), True)[1], a), lambda x: None))

# slice assignment from a generator that changes the target list
def gen(action, items):
    action()
    yield from items
def clear(): a.clear()
def grow(): a.extend(range(100, 105))
def shrink(): del a[2:]
for label, act in [('clear', clear), ('grow', grow), ('shrink', shrink)]:
    a[:] = list(range(8))
    def f1():
        a[2:5] = gen(act, 'xy')
        return a
    case('a[2:5] = gen, ' + label, f1)
    a[:] = list(range(8))
    def f2():
        a[-3:] = gen(act, 'xyz')
        return a
    case('a[-3:] = gen, ' + label, f2)
    a[:] = list(range(8))
    def f3():
        a[6:2] = gen(act, 'p')
        return a
    case('a[6:2] = gen, ' + label, f3)
    a[:] = list(range(8))
    case('a.extend(gen), ' + label, lambda: (a.extend(gen(act, 'xy')), a))
    a[:] = list(range(8))
    def f4():
        b = a
        b += gen(act, 'q')
        return a
    case('a += gen, ' + label, f4)
    a[:] = list(range(8))
    case('a.__init__(gen), ' + label, lambda: (a.__init__(gen(act, 'rs')), a))
# an extended slice whose generator grows the list: the places were fixed before
a[:] = list(range(8))
def f5():
    a[1::3] = gen(grow, 'XY')
    return a
case('a[1::3] = gen, grow (size 3 != 2)', f5)
a[:] = list(range(8))
def f6():
    a[1::3] = gen(grow, 'XYZ')
    return a
case('a[1::3] = gen, grow', f6)
a[:] = list(range(8))
def f7():
    a[::-4] = gen(grow, 'XY')
    return a
case('a[::-4] = gen, grow', f7)

# iter(callable, sentinel): the sentinel's __eq__ is asked first
log = []
class Sentinel:
    def __eq__(self, other):
        log.append(('sentinel.__eq__', other))
        return other == 3
class Value:
    def __init__(self, n): self.n = n
    def __eq__(self, other):
        log.append(('value.__eq__', self.n))
        return NotImplemented
    def __repr__(self): return 'V%d' % self.n
counter = iter(range(10))
case('iter(f, Sentinel())', lambda: list(iter(lambda: next(counter), Sentinel())))
print(log)
log.clear()
counter = iter(range(10))
class Stop:
    def __eq__(self, other):
        log.append(other)
        return isinstance(other, Value) and other.n == 2
case('iter(f, Stop()) with Values', lambda: list(iter(lambda: Value(next(counter)), Stop())))
print(log)
# a callable that exhausts its own iterator from inside
def inner():
    n = next(counter2)
    if n == 1:
        log.append(('inner sees', list(it2)))
    return n
counter2 = iter(range(6))
it2 = iter(inner, 4)
log.clear()
case('iter(f, 4) re-entered', lambda: list(it2))
print(log)

# tuples holding lists: comparing them runs __eq__ that changes the lists
class E:
    def __init__(self, action, result):
        self.action = action
        self.result = result
    def __eq__(self, other):
        if self.action:
            act, self.action = self.action, None
            act()
        return self.result
    __lt__ = __eq__
    __hash__ = None
    def __repr__(self): return 'E'
x = []
def clear_x(): x.clear()
x[:] = [1, E(clear_x, True), 3]
case('(x, 1) == ([1, 2, 3], 1)', lambda: ((x, 1) == ([1, 2, 3], 1), x))
x[:] = [1, E(clear_x, False), 3]
case('(0, x) < (0, [1, 2])', lambda: ((0, x) < (0, [1, 2]), x))
x[:] = [E(clear_x, False)]
case('[5] in (x, [5])', lambda: ([5] in (x, [5]), x))
x[:] = [E(clear_x, True), 2]
case('(x,).index([9, 2])', lambda: ((x,).index([9, 2]), x))
x[:] = [E(clear_x, False), 2]
case('(x, x).count([9, 2])', lambda: ((x, x).count([9, 2]), x))
x[:] = [E(clear_x, False), 2]
case('max of tuples', lambda: (max([(x, 1), ([0], 2)]), x))
x[:] = [E(clear_x, True)]
case('sorted tuples', lambda: (sorted([([1], 'b'), (x, 'a')]), x))

# the old sequence protocol: __getitem__ that drains or rebinds the very iterator calling it
class Seq:
    def __init__(self, n): self.items = list(range(n))
    def __getitem__(self, i):
        if i == 1 and hasattr(self, 'it'):
            inner = self.it
            del self.it
            log.append(('inner', list(inner)))
        return self.items[i]
    def __len__(self): return len(self.items)
log.clear()
sq = Seq(4)
sq.it = iter(sq)
case('iter(seq) drained from __getitem__', lambda: list(sq.it) if False else [x for x in sq.it])
print(log)
log.clear()
sq = Seq(4)
sq.it = reversed(sq)
case('reversed(seq) drained from __getitem__', lambda: [x for x in sq.it])
print(log)
# an error from __getitem__ ends a reversed() iteration (CPython), not an iter() one
class Boom:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1:
            raise ValueError('boom at 1')
        if i >= 3:
            raise IndexError(i)
        return i
for make in (reversed, iter):
    it = make(Boom())
    out = []
    for _ in range(4):
        try:
            out.append(next(it, 'end'))
        except ValueError as e:
            out.append(str(e))
    print(make.__name__, out)
