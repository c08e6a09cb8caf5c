# __del__ added to a class after its instances exist, deleted again, inherited, overridden in a subclass: each object's finalizer is what its class says when it dies
import gc
gc.disable()

class Plain:
    pass

p = Plain()
Plain.__del__ = lambda self: print("__del__ added later runs for", type(self).__name__)
del p

class Once:
    def __del__(self):
        print("never printed")

del Once.__del__
o = Once()
del o
print("after deleting Once.__del__: nothing ran")

class Base:
    pass

class Child(Base):
    pass

class Grandchild(Child):
    def __del__(self):
        print("Grandchild's own __del__")

Base.__del__ = lambda self: print("Base.__del__ for", type(self).__name__)
c = Child()
g = Grandchild()
del c, g

Child.__del__ = lambda self: print("Child.__del__ for", type(self).__name__)
c = Child()
del c
del Child.__del__
c = Child()
del c

class Cycle:
    def __del__(self):
        print("finalized once in a cycle")

x = Cycle()
x.me = x
del x
print("collected:", gc.collect())
