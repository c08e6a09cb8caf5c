# what a class statement does with its bases and its metaclass before the
# body runs: __mro_entries__ (PEP 560) and __prepare__
class Numbers(list[int]):
    pass

print(Numbers.__bases__, Numbers.__orig_bases__, Numbers([1, 2]))

class Pairs(dict[str, int], metaclass=type):
    pass

print(Pairs.__mro__, '__orig_bases__' in Pairs.__dict__)

class Plain(int):
    pass

print('__orig_bases__' in Plain.__dict__)

class Stand:
    def __mro_entries__(self, bases):
        print('mro_entries got', len(bases), 'bases')
        return (dict,)

class FromStand(Stand(), int.__class__.__base__):
    pass

print(FromStand.__bases__)

class Bad:
    def __mro_entries__(self, bases):
        return [object]

try:
    class X(Bad()):
        pass
except TypeError as e:
    print('TypeError:', e)

class Recording(dict):
    def __setitem__(self, key, value):
        print('  body sets', key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print('prepare', name, bases, kwds)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwds):
        print('new', name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)

class Widget(metaclass=Meta, flavour='plain'):
    size = 3

    def grow(self):
        return self.size + 1

print(Widget().grow(), type(Widget).__name__)

class Sub(Widget):
    colour = 'red'

print(Sub.colour)

class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42

try:
    class Y(metaclass=NotMapping):
        pass
except TypeError as e:
    print('TypeError:', e)

class M1(type):
    pass

class M2(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)

class M3(M1):
    pass

class D(A, metaclass=M3):
    pass

class E(D, metaclass=M1):
    pass

print(type(D).__name__, type(E).__name__)
print(type.__prepare__('x', ()), type(type.__prepare__()))
