# the collector clears refs to a cycle before it frees it and runs the callback
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name

a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("callback a, cleared:", r() is None))
rb = weakref.ref(b)
del a, b
print("alive:", ra() is not None, rb() is not None)
print("collected", gc.collect())
print(ra() is None, rb() is None)
