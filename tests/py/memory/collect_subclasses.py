# Instances of list/dict/Exception subclasses get a real attribute dict in CPython 3.11 too, so it counts
import gc
gc.disable()
gc.collect()

class MyList(list):
    pass

m = MyList()
m.append(m)
del m
print("list subclass holding itself, no attributes:", gc.collect())

m = MyList()
m.me = m
del m
print("list subclass with an attribute:", gc.collect())

class MyDict(dict):
    pass

m = MyDict()
m["me"] = m
del m
print("dict subclass holding itself:", gc.collect())

m = MyDict()
m.me = m
del m
print("dict subclass with an attribute:", gc.collect())

class Problem(Exception):
    pass

e = Problem()
e.me = e
del e
print("exception with an attribute:", gc.collect())

e = Problem("x")
e.args = (e,)
del e
print("exception in its own args:", gc.collect())

class Base:
    pass

class Derived(Base):
    pass

a = Derived()
b = Derived()
a.peer = b
b.peer = a
del a, b
print("instances of a derived class:", gc.collect())

class Shared:
    pass

a = Shared()
b = Shared()
a.peer = b
b.peer = a
a.cache = b.__dict__
del a, b
print("an instance dict referenced by another object:", gc.collect())
