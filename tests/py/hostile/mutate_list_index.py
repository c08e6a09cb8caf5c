# An __index__ that clears, grows, shrinks or replaces the list it is indexing, in every list method and slice operation that converts an index: the list is read after the conversion, as CPython reads it.

class Idx:
    """An index whose __index__ first does something to a list."""
    def __init__(self, value, action):
        self.value = value
        self.action = action
    def __index__(self):
        self.action()
        return self.value

def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

def fresh(n=10):
    global a
    a = list(range(n))
    return a

def clear(): a.clear()
def grow(): a.extend(range(100, 120))
def shrink(): del a[3:]
def replace(): a[:] = 'abcdefghijkl'
def grow_then_clear(): a.extend(range(50)); a.clear()

actions = [('clear', clear), ('grow', grow), ('shrink', shrink), ('replace', replace),
           ('grow_then_clear', grow_then_clear)]

for label, act in actions:
    print('==', label)
    # reading slices
    fresh(); case('a[I(2):8]', lambda: a[Idx(2, act):8])
    fresh(); case('a[2:I(8)]', lambda: a[2:Idx(8, act)])
    fresh(); case('a[I(-3):]', lambda: a[Idx(-3, act):])
    fresh(); case('a[::I(2)]', lambda: a[::Idx(2, act)])
    fresh(); case('a[I(9):1:-2]', lambda: a[Idx(9, act):1:-2])
    fresh(); case('a[slice(I(1), None, 3)]', lambda: a[slice(Idx(1, act), None, 3)])
    # item access through __index__
    fresh(); case('a[I(5)]', lambda: a[Idx(5, act)])
    fresh(); case('a[I(-1)]', lambda: a[Idx(-1, act)])
    fresh()
    def set_item():
        a[Idx(4, act)] = 'X'
        return a
    case('a[I(4)] = X', set_item)
    fresh()
    def del_item():
        del a[Idx(2, act)]
        return a
    case('del a[I(2)]', del_item)
    # assigning slices
    fresh()
    def set_slice():
        a[Idx(5, act):] = 'xyz'
        return a
    case("a[I(5):] = 'xyz'", set_slice)
    fresh()
    def set_slice2():
        a[1:Idx(4, act)] = [7, 7]
        return a
    case('a[1:I(4)] = [7, 7]', set_slice2)
    fresh()
    def set_self():
        a[Idx(2, act):4] = a
        return a
    case('a[I(2):4] = a', set_self)
    fresh()
    def set_ext():
        a[::Idx(3, act)] = 'pqrs'
        return a
    case("a[::I(3)] = 'pqrs'", set_ext)
    fresh()
    def set_ext_empty():
        a[Idx(8, act)::-4] = []
        return a
    case('a[I(8)::-4] = []', set_ext_empty)
    # deleting slices
    fresh()
    def del_slice():
        del a[Idx(2, act):8]
        return a
    case('del a[I(2):8]', del_slice)
    fresh()
    def del_ext():
        del a[1::Idx(2, act)]
        return a
    case('del a[1::I(2)]', del_ext)
    fresh()
    def del_ext_neg():
        del a[Idx(-1, act)::-3]
        return a
    case('del a[I(-1)::-3]', del_ext_neg)
    # methods
    fresh(); case('a.pop(I(3))', lambda: (a.pop(Idx(3, act)), a))
    fresh(); case('a.pop(I(-1))', lambda: (a.pop(Idx(-1, act)), a))
    fresh()
    def ins():
        a.insert(Idx(5, act), 'new')
        return a
    case('a.insert(I(5), new)', ins)
    fresh(); case('a.index(7, I(2))', lambda: a.index(7, Idx(2, act)))
    fresh(); case('a.index(1, 0, I(-1))', lambda: a.index(1, 0, Idx(-1, act)))
    fresh(); case("a.index('c', I(1))", lambda: a.index('c', Idx(1, act)))
    # repetition by an __index__ count
    fresh(); case('a * I(2)', lambda: a * Idx(2, act))
    fresh(); case('I(2) * a', lambda: Idx(2, act) * a)
    fresh()
    def imul():
        b = a
        b *= Idx(2, act)
        return b is a, a
    case('a *= I(2)', imul)
    fresh()
    def imul0():
        b = a
        b *= Idx(0, act)
        return a
    case('a *= I(0)', imul0)
    fresh()
    def imul1():
        b = a
        b *= Idx(1, act)
        return a
    case('a *= I(1)', imul1)

# __index__ of a slice used on a list that the same __index__ replaces wholesale
fresh()
b = a
def rebind():
    global a
    a = [0]
    b.append('tail')
case('b[I(8):]', lambda: b[Idx(8, rebind):])
print(a, b)

# repetition of immutable sequences by an __index__ count, and its errors
case('(1, 2) * I(2)', lambda: (1, 2) * Idx(2, clear))
case("'ab' * I(3)", lambda: 'ab' * Idx(3, clear))
case('I(2) * (1,)', lambda: Idx(2, clear) * (1,))
case('[1] * I(2**70)', lambda: [1] * Idx(2**70, clear))
case('[1] * I(-5)', lambda: [1] * Idx(-5, clear))
class NoIndex:
    pass
case('[1] * NoIndex()', lambda: [1] * NoIndex())
def imul_wrong():
    n = Idx(2, clear)
    n *= [1]
    return n
case('n *= [1]', imul_wrong)

# the index converts once, even when the list changes under it
calls = []
fresh()
def count(): calls.append(len(a)); a.append(len(a))
case('a[I(0):I(-1):I(2)]', lambda: a[Idx(0, count):Idx(-1, count):Idx(2, count)])
print(calls)
