# __weakref__: a class that gives its instances weak references gets a
# __weakref__ attribute (in its __dict__, after __dict__ and before
# __doc__); it is the first weak reference to the object, or None. A
# subclass inherits it; a class with __slots__ has it only if asked for.
import weakref


class A:
    pass


class B(A):
    x = 1


class S:
    __slots__ = ("a",)


class SW:
    __slots__ = ("a", "__weakref__")


class E:
    def __eq__(self, other):
        return True


print(list(A.__dict__), list(B.__dict__))
print(list(S.__dict__), list(SW.__dict__))
print(list(E.__dict__))
print(A.__weakref__, A.__dict__["__weakref__"].__doc__)
a = A()
print(a.__weakref__)
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
print(a.__weakref__ is r1, weakref.getweakrefcount(a))
b = B()
print(b.__weakref__, "__weakref__" in B.__dict__)
rb = weakref.ref(b)
print(b.__weakref__ is rb)
print(hasattr(S(), "__weakref__"), SW().__weakref__)
try:
    a.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
del a
print(r1(), r2())
