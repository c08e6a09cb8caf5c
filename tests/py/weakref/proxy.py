# weakref.proxy: use the object through it; ReferenceError once it is dead
import weakref

class Box:
    def __init__(self):
        self.items = [1, 2]
    def total(self):
        return sum(self.items)

b = Box()
p = weakref.proxy(b)
print(p.items, p.total())
p.items = [5]
print(b.items)
del b
try:
    p.total()
except ReferenceError as e:
    print("ReferenceError:", e)
