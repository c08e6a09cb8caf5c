# WeakKeyDictionary: an entry goes when its key dies
import weakref

class Key:
    pass

extra = weakref.WeakKeyDictionary()
k1, k2 = Key(), Key()
extra[k1] = "one"
extra[k2] = "two"
print(len(extra), extra[k1], k2 in extra)
del k1
print(len(extra), sorted(extra.values()) if hasattr(extra, "values") else None)
print(list(extra.items())[0][0] is k2)
