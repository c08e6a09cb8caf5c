# what can be weakly referenced: instances, functions, classes, sets, generators
import weakref

def f():
    yield 1

class C:
    def m(self):
        pass

s = {1, 2}
fs = frozenset([3])
g = f()
for obj in (C(), f, C, s, fs, g, int, weakref):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj or r() is None)
