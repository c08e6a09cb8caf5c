# __del__ methods that change the container whose operation released them: item assignment, slice assignment and deletion, clear, pop, remove, sort, dict and set updates. The container is whole before an old item is released, and the release order is CPython's.

log = []

class Dying:
    """Runs [action] when it is released."""
    def __init__(self, name, action=None):
        self.name = name
        self.action = action
    def __del__(self):
        log.append(self.name)
        if self.action:
            self.action(self)
    def __repr__(self):
        return 'D(%s)' % self.name

def case(name, fn):
    log.clear()
    try:
        r = fn()
        print(name, '->', r, log)
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e, log)

a = []
def appends(d): a.append('after-' + d.name)
def clears(d): a.clear()
def shrinks(d): del a[1:]
def inserts(d): a.insert(0, 'front')
def sorts(d): a.sort(key=str)

for label, act in [('appends', appends), ('clears', clears), ('shrinks', shrinks),
                   ('inserts', inserts), ('sorts', sorts)]:
    print('==', label)
    def item():
        a[:] = [0, Dying('x', act), 2]
        a[1] = 'new'
        return a
    case('a[1] = new', item)
    def neg_item():
        a[:] = [0, 1, Dying('x', act)]
        a[-1] = 'new'
        return a
    case('a[-1] = new', neg_item)
    def del_item():
        a[:] = [Dying('x', act), 1, 2]
        del a[0]
        return a
    case('del a[0]', del_item)
    def set_slice():
        a[:] = [0, Dying('x', act), Dying('y', act), 3]
        a[1:3] = ['p', 'q', 'r']
        return a
    case('a[1:3] = pqr', set_slice)
    def set_slice_shorter():
        a[:] = [0, Dying('x', act), Dying('y', act), 3]
        a[1:3] = []
        return a
    case('a[1:3] = []', set_slice_shorter)
    def set_ext():
        a[:] = [Dying('x', act), 1, Dying('y', act), 3, Dying('z', act)]
        a[::2] = 'PQR'
        return a
    case('a[::2] = PQR', set_ext)
    def set_ext_neg():
        a[:] = [Dying('x', act), 1, Dying('y', act), 3]
        a[::-2] = 'PQ'
        return a
    case('a[::-2] = PQ', set_ext_neg)
    def del_ext():
        a[:] = [Dying('x', act), 1, Dying('y', act), 3, Dying('z', act)]
        del a[::2]
        return a
    case('del a[::2]', del_ext)
    def del_all():
        a[:] = [Dying('x', act), Dying('y', act)]
        del a[:]
        return a
    case('del a[:]', del_all)
    def clear_all():
        a[:] = [Dying('x', act), Dying('y', act), Dying('z', act)]
        a.clear()
        return a
    case('a.clear()', clear_all)
    def imul0():
        a[:] = [Dying('x', act), Dying('y', act)]
        b = a
        b *= 0
        return a
    case('a *= 0', imul0)
    def pop_del():
        a[:] = [0, Dying('x', act), 2]
        a.pop(1)
        return a
    case('a.pop(1) dropped', pop_del)
    def remove():
        a[:] = [0, Dying('x', act), 2]
        a.remove(a[1])
        return a
    case('a.remove(item)', remove)
    def reassign():
        a[:] = [Dying('x', act), Dying('y', act)]
        a[:] = a[::-1] + ['z']
        return a
    case('a[:] = reversed copy', reassign)

# a __del__ that sorts the list while it is being sorted
a = []
def during_sort(d): a.append('x')
def key(x):
    Dying('k', during_sort)
    return x
a[:] = [3, 2, 1]
case('sort, key drops a Dying that grows a', lambda: (a.sort(key=key), a))

# dicts: the replaced value's __del__ changes the dict
d = {}
def d_clear(x): d.clear()
def d_add(x): d['new'] = 1
def d_del(x): d.pop('k', None)
for label, act in [('clear', d_clear), ('add', d_add), ('del', d_del)]:
    def replace():
        d.clear(); d['k'] = Dying('v', act); d['j'] = 2
        d['k'] = 'w'
        return d
    case('dict replace value, ' + label, replace)
    def pop():
        d.clear(); d['k'] = Dying('v', act); d[Dying('key', act)] = 3
        r = d.pop('k')
        return sorted(map(repr, d))
    case('dict pop, ' + label, pop)
    def delitem():
        d.clear(); d['k'] = Dying('v', act); d['j'] = 2
        del d['k']
        return d
    case('dict del, ' + label, delitem)
    def update():
        d.clear(); d['k'] = Dying('v', act)
        d.update({'k': 0, 'm': 1})
        return d
    case('dict update, ' + label, update)
    def setdef():
        d.clear(); d['k'] = Dying('v', act)
        d.setdefault('k', 5)
        d.pop('k')
        return d
    case('dict setdefault then pop, ' + label, setdef)
    def popitem():
        d.clear(); d['j'] = 1; d['k'] = Dying('v', act)
        d.popitem()
        return d
    case('dict popitem, ' + label, popitem)

# sets: the discarded key's __del__ changes the set
s = set()
class Key(Dying):
    def __hash__(self): return 7
    def __eq__(self, other): return self is other
def s_clear(x): s.clear()
def s_add(x): s.add(100)
for label, act in [('clear', s_clear), ('add', s_add)]:
    def discard():
        s.clear(); k = Key('k', act); s.add(k); s.add(1)
        del k
        s.discard(next(x for x in s if x != 1))
        return sorted(x for x in s if isinstance(x, int))
    case('set discard, ' + label, discard)
    def clear():
        s.clear(); s.add(Key('k', act)); s.add(2)
        s.clear()
        return sorted(s)
    case('set clear, ' + label, clear)
    def pop():
        s.clear(); s.add(Key('k', act))
        s.pop()
        return sorted(s)
    case('set pop, ' + label, pop)
