# Finalizers that call the collector or make new garbage while a collection runs
import gc
gc.disable()
gc.collect()

class CallsCollect:
    def __del__(self):
        print("  gc.collect() from a __del__ run by the collector ->", gc.collect())

c = CallsCollect()
c.me = c
del c
print("collect ->", gc.collect())

class MakesGarbage:
    def __del__(self):
        junk = []
        junk.append(junk)
        print("  made a new cycle while collecting")

m = MakesGarbage()
m.me = m
del m
print("collect ->", gc.collect())
print("the new cycle is found by the next collection:", gc.collect())

class FromRefcount:
    def __del__(self):
        print("  gc.collect() from a __del__ run by refcounting ->", gc.collect())

loop = []
loop.append(loop)
del loop
f = FromRefcount()
del f

class Breaker:
    def __del__(self):
        print("  __del__ breaks the cycle itself")
        self.partner = None

a = Breaker()
b = []
a.partner = b
b.append(a)
del a, b
print("collect ->", gc.collect(), "(nothing left to clear once the finalizer broke the cycle)")
gc.enable()
