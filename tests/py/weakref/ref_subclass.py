# ref can be subclassed, as WeakValueDictionary's KeyedRef does in CPython
import weakref

class KeyedRef(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Obj:
    pass

o = Obj()
k = KeyedRef(o, lambda r: print("callback for key", r.key), "the-key")
print(type(k).__name__, isinstance(k, weakref.ref), k() is o, k.key)
print(weakref.ref(o) is not k, weakref.getweakrefcount(o))
del o
print(k() is None)
try:
    weakref.ref(Obj())(1)
except TypeError as e:
    print(e)
