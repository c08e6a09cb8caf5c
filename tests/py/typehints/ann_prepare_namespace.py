# SETUP_ANNOTATIONS in a class namespace from __prepare__: a dict subclass
# and a mapping that is no dict both get __annotations__ through their own
# __getitem__/__setitem__; one that already has it keeps it
import collections
class Ns(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ns()
class A(metaclass=Meta):
    x: int = 1
print(A.__annotations__)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return collections.UserDict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class B(metaclass=M2):
    y: str = 'b'
print(B.__annotations__)
class Pre(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__annotations__': {'given': 'before'}}
class C(metaclass=Pre):
    later: float
print(C.__annotations__)
class Refuse(collections.UserDict):
    def __getitem__(self, key):
        if key == '__annotations__':
            raise LookupError('no annotations here')
        return super().__getitem__(key)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Refuse()
try:
    class D(metaclass=M3):
        v: int
except LookupError as e:
    print('LookupError', e)
