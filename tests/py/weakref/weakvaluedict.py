# WeakValueDictionary: an entry goes when its value dies
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

cache = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
cache["a"] = a
cache["b"] = b
print(sorted(cache), len(cache), cache["a"] is a)
del a
print(sorted(cache), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
print([v.n for v in cache.values()])
