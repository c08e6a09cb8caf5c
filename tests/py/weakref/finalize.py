# weakref.finalize: call a function when an object dies, at most once
import weakref

class Res:
    pass

r = Res()
f = weakref.finalize(r, print, "cleaning up", 1)
print(f.alive)
del r
print(f.alive)
r2 = Res()
f2 = weakref.finalize(r2, lambda x: x * 2, 21)
print(f2(), f2.alive, f2())
r3 = Res()
f3 = weakref.finalize(r3, print, "never")
obj, func, args, kwargs = f3.detach()
print(obj is r3, args, kwargs, f3.alive)
del r3, obj
print("end")
