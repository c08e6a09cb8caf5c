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

# __slots__ without "__weakref__" leaves no room for weak references
class Slotted:
    __slots__ = ("x",)

class SlottedWeak:
    __slots__ = ("x", "__weakref__")

class Unslotted(Slotted):
    pass

for cls in (Slotted, SlottedWeak, Unslotted):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(e)
try:
    weakref.ref(weakref.ref(Slotted))
except TypeError as e:
    print(e)
