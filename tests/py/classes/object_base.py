# object is the root: every class inherits from it; plain object() instances have no __dict__; default __eq__/__ne__/__str__ behaviour
class A:
    pass
print(A.__bases__ == (object,), A.__mro__[-1] is object, issubclass(A, object))
o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, '__dict__'), hasattr(A(), '__dict__'))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
a = A()
print(str(a) == repr(a), a.__eq__(a), a.__eq__(A()) is NotImplemented, a.__ne__(a))
print(object.__name__, type(object).__name__, isinstance(object, type), isinstance(type, object))
