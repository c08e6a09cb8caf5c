# subclasses of set and frozenset: repr shows the class name, operators return the base type, __init__ may take other arguments
class Tags(set):
    pass

class Named(set):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

class Frozen(frozenset):
    pass

t = Tags([3, 1, 2])
print(t, repr(Tags()), type(t).__name__, isinstance(t, set), len(t))
print(type(t | {9}).__name__, type(t & t).__name__, type(t.copy()).__name__, type(t.union()).__name__)
t.add(4)
t |= {5}
print(t, type(t).__name__)
n = Named('colors', ['red'])
print(n.name, n, Named('x'))
f = Frozen([1, 2])
print(f, Frozen(), type(f.copy()).__name__, f.copy() == f, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))
print(frozenset(f) is f, type(frozenset(f)).__name__, Frozen(f) is f)
print(t == {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5} == t, t > {1}, f < {1, 2, 3})

class Ordered(set):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))

o = Ordered([10, 100, 1000])
print(o, list(o), set(o))
