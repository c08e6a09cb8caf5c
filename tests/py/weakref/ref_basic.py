# weakref.ref: calling it gives the object while it lives, None after
import weakref

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
r = weakref.ref(p)
print(r() is p, r().x)
print(type(r) is weakref.ReferenceType, type(r).__name__)
print(weakref.ref(p) is r)          # the basic ref is shared
del p                               # the count reaches zero: cleared at once
print(r() is None)
