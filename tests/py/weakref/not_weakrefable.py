# the built-in immutables and containers cannot be weakly referenced
import weakref

class IntSub(int):
    pass

class ListSub(list):
    pass

for obj in (1, 2.5, "text", (1, 2), [1], {}, None, True, b"x", IntSub(3)):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
print(weakref.ref(ListSub())() is None)
