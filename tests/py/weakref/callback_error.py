# an exception in a callback is reported as unraisable, the program goes on
import weakref

class A:
    pass

def bad(r):
    raise ValueError("from the callback")

a = A()
r = weakref.ref(a, bad)
del a
print("still running", r() is None)
