# Weak references (lesson 6): cleared when the count reaches zero, and by
# the collector before it frees a cycle; then their callbacks run.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name

gc.disable()
a = Node("a")
r = weakref.ref(a, lambda ref: print("callback: a is gone"))
del a
b, c = Node("b"), Node("c")
b.peer, c.peer = c, b
rb = weakref.ref(b, lambda ref: print("callback: b is gone"))
del b, c
print("collected", gc.collect())
print(r() is None, rb() is None)
