# a class's __annotations__ is its own (an empty dict made on first read,
# never the base's), settable and deletable; built-in types have none;
# instances see the class's through the MRO
class A:
    x: int
class B(A):
    pass
print(B.__annotations__, A.__annotations__)
print('__annotations__' in B.__dict__)
B.__annotations__ = {'y': str}
print(B.__annotations__, B.__dict__['__annotations__'])
del B.__annotations__
print('__annotations__' in B.__dict__)
try:
    del B.__annotations__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print('TypeError', e)
print(B().__annotations__ if hasattr(B(), '__annotations__') else 'no instance attr')
print(A().__annotations__)
class M(type): pass
class C(metaclass=M): pass
print(C.__annotations__)
