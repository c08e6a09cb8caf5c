# the callback runs with the (dead) ref when the object dies
import weakref

class Node:
    pass

def gone(ref):
    print("callback: ref is r:", ref is r, "referent:", ref())

n = Node()
r = weakref.ref(n, gone)
print(r.__callback__ is gone)
print("before del")
del n
print("after del", r.__callback__)
