# Key functions and __lt__ methods that clear, grow, shrink or replace the list being sorted: the list looks empty during the sort and any change to it, even one undone (grow then clear), ends in ValueError "list modified during sort"; sorted(), min() and max() with hostile keys.

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

a = []
seen = []

def key_with(action):
    def key(x):
        seen.append(len(a))
        action()
        return -x
    return key

def nothing(): pass
def clear(): a.clear()
def grow(): a.append(99)
def grow_then_clear(): a.extend(range(100)); a.clear()
def append_then_pop(): a.append(1); a.pop()
def shrink(): del a[:]
def replace(): a[:] = [7, 8]
def extend_empty(): a.extend([]); a.extend(())
def clear_empty():
    a.clear(); del a[:]; a[:] = []
    b = a
    b *= 3
def assign_back(): a[:] = []
def nested_sort(): a.sort(); a.reverse()
def add_empty():
    b = a
    b += []
    b *= 1

for label, act in [('nothing', nothing), ('clear', clear), ('grow', grow),
                   ('grow_then_clear', grow_then_clear), ('append_then_pop', append_then_pop),
                   ('shrink', shrink), ('replace', replace), ('extend_empty', extend_empty),
                   ('clear_empty', clear_empty), ('assign_back', assign_back),
                   ('nested_sort', nested_sort), ('add_empty', add_empty)]:
    a = [3, 1, 4, 1, 5, 9, 2, 6]
    seen.clear()
    case('sort key ' + label, lambda: (a.sort(key=key_with(act)), a, seen))
    a = [3, 1, 4, 1, 5, 9, 2, 6]
    seen.clear()
    case('sort key reverse ' + label, lambda: (a.sort(key=key_with(act), reverse=True), a))

class Lt:
    def __init__(self, n, action):
        self.n = n
        self.action = action
    def __lt__(self, other):
        self.action()
        return self.n < other.n
    def __repr__(self):
        return 'Lt(%d)' % self.n

for label, act in [('nothing', nothing), ('clear', clear), ('grow', grow),
                   ('grow_then_clear', grow_then_clear), ('append_then_pop', append_then_pop),
                   ('replace', replace), ('clear_empty', clear_empty)]:
    a = [Lt(n, act) for n in [5, 3, 8, 1, 9, 2]]
    case('sort __lt__ ' + label, lambda: (a.sort(), a))

# the key function raises after changing the list: its error wins, the list is restored
a = [3, 1, 2]
def bad_key(x):
    a.append(x)
    if x == 1:
        raise KeyError(x)
    return x
case('key raises', lambda: (a.sort(key=bad_key), a))
print(a)

# __lt__ raises after changing the list
a = [Lt(n, grow) for n in [2, 1]]
class Boom(Lt):
    def __lt__(self, other):
        a.append(0)
        raise ArithmeticError('boom')
a = [Boom(1, nothing), Boom(0, nothing), Boom(2, nothing)]
case('__lt__ raises', lambda: (a.sort(), [x.n for x in a]))
print([x.n for x in a])

# what the list looks like inside the key function
a = [2, 1]
case('inside', lambda: (a.sort(key=lambda x: (print('  sees', a, len(a)), x)[1]), a))

# sorted() copies first: the key may change the original freely
src = [3, 1, 2]
def key_src(x):
    src.append(x)
    src.clear() if len(src) > 4 else None
    return x
case('sorted(src, key)', lambda: (sorted(src, key=key_src), src))
src = [3, 1, 2]
case('sorted(src) key clears', lambda: (sorted(src, key=lambda x: (src.clear(), -x)[1]), src))

# min() and max() whose key changes the list being walked
src = [5, 3, 8, 1]
def key_grow(x):
    if len(src) < 8:
        src.append(x - 10)
    return x
case('min(src, key grows)', lambda: (min(src, key=key_grow), src))
src = [5, 3, 8, 1]
def key_clear(x):
    src.clear()
    return x
case('max(src, key clears)', lambda: (max(src, key=key_clear), src))
src = [5, 3, 8, 1]
def key_pop(x):
    if src:
        src.pop()
    return -x
case('max(src, key pops)', lambda: (max(src, key=key_pop), src))
src = []
case('min(src, key, default)', lambda: min(src, key=key_clear, default='empty'))

class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        src.clear()
        return self.n < other.n
    def __gt__(self, other):
        src.append(Cmp(-1))
        return self.n > other.n
    def __repr__(self): return 'Cmp(%d)' % self.n
src = [Cmp(4), Cmp(2), Cmp(6)]
case('min(Cmp) __lt__ clears', lambda: (min(src), src))
src = [Cmp(4), Cmp(2), Cmp(6)]
case('max(Cmp) __gt__ grows', lambda: (max(src[:2]), len(src)))
