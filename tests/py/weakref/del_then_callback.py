# __del__ runs first, the weakref is still alive inside it; then the callback
import gc
import weakref

class C:
    def __del__(self):
        print("__del__, ref alive:", r() is self)

c = C()
r = weakref.ref(c, lambda ref: print("callback, ref dead:", ref() is None))
del c
print("---")

class D:
    def __del__(self):
        print("D.__del__, ref dead:", rd() is None)

d = D()
d.me = d
rd = weakref.ref(d, lambda ref: print("D callback"))
del d
gc.collect()
