# type.__subclasses__(): the direct subclasses still alive, in the order
# they were made.
import gc

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(bool in int.__subclasses__(), int.__subclasses__()[0])
print(LookupError.__subclasses__()[:2], ArithmeticError.__subclasses__())

class MyInt(int): pass
print(MyInt in int.__subclasses__())

def make():
    class Local(A): pass
    return Local
L = make()
print(A.__subclasses__())
del L
gc.collect()
print("after the last reference went:", A.__subclasses__())

class Meta(type): pass
class WithMeta(A, metaclass=Meta): pass
print(A.__subclasses__()[-1], Meta in type.__subclasses__(type))

try:
    A.__subclasses__(1)
except TypeError as e:
    print(e)

# a special method set on a base later still reaches the subclasses
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
Base.__len__ = lambda self: 42
print(len(Leaf()), len(Mid()))
Mid.__len__ = lambda self: 7
print(len(Leaf()), len(Base()))
del Mid.__len__
print(len(Leaf()))
