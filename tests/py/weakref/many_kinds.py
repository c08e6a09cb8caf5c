# callbacks for every kind of object that can die: a class, a function, a set, a generator; many refs
import weakref, gc
def make():
    class Tmp: pass
    return Tmp
T = make()
r = weakref.ref(T, lambda r: print("class gone"))
def f(): pass
rf = weakref.ref(f, lambda r: print("function gone"))
s = {1}
rs = weakref.ref(s, lambda r: print("set gone"))
def g(): yield 1
gen = g()
rg = weakref.ref(gen, lambda r: print("gen gone"))
del f, s, gen
del T
gc.collect()
print(r() is None)
class A: pass
objs = [A() for i in range(100)]
refs = [weakref.ref(o, lambda r, i=i: None) for i, o in enumerate(objs)]
print(sum(weakref.getweakrefcount(o) for o in objs))
del objs
print(all(x() is None for x in refs))
