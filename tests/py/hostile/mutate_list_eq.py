# An __eq__, __lt__ or __del__ that clears, grows, shrinks or replaces the list being searched or compared: `in`, index, count, remove, == and < read the list again after each call, as CPython does.

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

class Eq:
    """Compares equal (or not) after doing something to a list."""
    def __init__(self, tag, action, result=False, times=1):
        self.tag = tag
        self.action = action
        self.result = result
        self.times = times
    def __eq__(self, other):
        if self.times > 0:
            self.times -= 1
            self.action()
        return self.result
    def __lt__(self, other):
        if self.times > 0:
            self.times -= 1
            self.action()
        return self.result
    __hash__ = None
    def __repr__(self):
        return 'Eq(%s)' % self.tag

a = []
def clear(): a.clear()
def grow(): a.extend([1, 2, 3])
def shrink(): del a[1:]
def replace(): a[:] = [Eq('new', lambda: None, True)]
def pop_front(): a.pop(0)

for label, act in [('clear', clear), ('grow', grow), ('shrink', shrink),
                   ('replace', replace), ('pop_front', pop_front)]:
    print('==', label)
    for result in (False, True):
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('%s in a' % result, lambda: (5 in a, len(a)))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('a.index(5)', lambda: (a.index(5), len(a)))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('a.count(5)', lambda: (a.count(5), len(a)))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        def rm():
            r = a.remove(5)
            return r, a
        case('a.remove(5)', rm)
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('a == [0, 5, 2, 3, 4]', lambda: (a == [0, 5, 2, 3, 4], a))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('[0, 5, 2, 3, 4] != a', lambda: ([0, 5, 2, 3, 4] != a, a))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('a < [0, 5, 2]', lambda: (a < [0, 5, 2], a))
        a[:] = [0, Eq('x', act, result), 2, 3, 4]
        case('a >= [0, 5, 9, 9, 9, 9]', lambda: (a >= [0, 5, 9, 9, 9, 9], a))

# both sides change: the other list is emptied by the item of the first
b = [1, 2, 3]
def clear_b(): b.clear()
a[:] = [1, Eq('cb', clear_b, True), 3]
case('a == b (b cleared)', lambda: (a == b, a, b))
b = [1, 2, 3]
a[:] = [1, Eq('cb', clear_b, False), 3]
case('a < b (b cleared)', lambda: (a < b, a, b))

# a list compared with itself while an item shrinks it
a[:] = [Eq('s', shrink, False), Eq('t', shrink, False), 5]
case('a == a[:]', lambda: (a == a[:], a))

# nested lists: the inner comparison empties the outer list that holds the inner ones
outer = []
def clear_outer(): outer.clear()
outer[:] = [[Eq('in', clear_outer, False)], [2]]
case('outer < [[1], [2]]', lambda: (outer < [[1], [2]], outer))
outer[:] = [[1, Eq('in', clear_outer, True)], 9]
case('outer == [[1, 2], 9]', lambda: (outer == [[1, 2], 9], outer))

# the final comparison (not ==) mutates
a[:] = [Eq('lt', clear, True, times=2)]
case('a < [7]', lambda: (a < [7], a))

# __del__ of an item dropped by the comparison's own mutation
log = []
class Loud:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n); a.append('del%d' % self.n)
    def __eq__(self, other): return False
    __hash__ = None
def drop_all(): a[:] = []
a[:] = [Loud(1), Eq('drop', drop_all, False), Loud(2), 3]
case('3 in a (items freed mid-search)', lambda: (3 in a, a, log))
log.clear()
a[:] = [Loud(1), Eq('drop', drop_all, True), Loud(2)]
case('remove (items freed mid-search)', lambda: (a.remove(0), a, log))
