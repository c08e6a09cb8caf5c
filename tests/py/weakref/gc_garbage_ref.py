# a ref that is garbage itself is cleared without its callback (handle_weakrefs)
import gc
import weakref

class Node:
    pass

def report(r):
    print("callback ran")

a = Node()
a.self = a
a.ref = weakref.ref(a, report)    # the ref belongs to the cycle
outside = weakref.ref(a, lambda r: print("outside callback"))
del a
print(gc.collect() > 0)
print(outside() is None)
