# __slots__ and subclasses: a subclass without __slots__ gets a __dict__;
# slots add up along the chain; '__dict__' and '__weakref__' as slots
import weakref

class Base:
    __slots__ = ('a',)

class WithDict(Base):
    pass

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class More(Base):
    __slots__ = ('b', 'c')

m = More()
m.a, m.b, m.c = 1, 2, 3
print(m.a, m.b, m.c, hasattr(m, '__dict__'))
try:
    m.d = 4
except AttributeError as e:
    print('AttributeError:', e)

class Dyn:
    __slots__ = ('x', '__dict__')

d = Dyn()
d.x = 1
d.y = 2
print(d.x, d.__dict__)

class NoWeak:
    __slots__ = ('x',)

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print('TypeError:', e)

class Weak:
    __slots__ = ('x', '__weakref__')

obj = Weak()
r = weakref.ref(obj)
print(r() is obj)
del obj
print(r())

class Plain:
    pass

class Mixed(Plain):
    __slots__ = ('x',)

mx = Mixed()
mx.x = 1
mx.other = 2
print(mx.x, mx.other, mx.__dict__)

class Private:
    __slots__ = ('__secret', 'open')

    def __init__(self):
        self.__secret = 42
        self.open = 1

    def reveal(self):
        return self.__secret

pv = Private()
print(pv.reveal(), pv.open, sorted(k for k in Private.__dict__ if 'secret' in k))
print(Private.__slots__)

class A:
    __slots__ = ('x',)

class B:
    __slots__ = ('y',)

try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)

class Both(A):
    __slots__ = ()

bo = Both()
bo.x = 7
print(bo.x)
