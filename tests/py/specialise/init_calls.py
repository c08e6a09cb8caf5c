# Making instances of a class with a plain Python __init__ is specialised
# (the instance is made and __init__ entered without the class's __call__
# in C); every way the guard can fail, and every error, is CPython's.
import sys

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

def make(cls, n):
    return [cls(i, -i) for i in range(n)]

print(make(Vec, 20)[-1])

class Bad:
    def __init__(self, x, y):
        return 42
try:
    make(Bad, 20)
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, x, y):
        if x == 12:
            raise ValueError("x is 12")
        self.x = x
try:
    make(Raises, 20)
except ValueError as e:
    print("ValueError:", e)

class Frame:
    def __init__(self, x, y):
        self.caller = sys._getframe(1).f_code.co_name
print(make(Frame, 20)[-1].caller)

# the class changes under a specialised call
objs = make(Vec, 20)
Vec.__init__ = lambda self, x, y: setattr(self, "x", "replaced")
print(make(Vec, 3)[-1].__dict__)
def init3(self, x, y, z=0):
    self.z = z
Vec.__init__ = init3
print(make(Vec, 2)[-1].__dict__)

class Other:
    def __init__(self, a, b):
        self.sum = a + b
def make_any(classes):
    return [c(1, 2) for c in classes]
print([type(o).__name__ for o in make_any([Other] * 20 + [Vec, complex, lambda a, b: "lambda"])][-4:])

# a __new__ of its own, a metaclass with __call__, an abstract class
class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
    def __init__(self, a, b):
        pass
make(WithNew, 2)

class Meta(type):
    def __call__(cls, *args):
        return "Meta.__call__%r" % (args,)
class WithMeta(metaclass=Meta):
    def __init__(self, a, b):
        pass
print(make(WithMeta, 20)[-1])

import abc
class Abstract(abc.ABC):
    def __init__(self, a, b):
        pass
    @abc.abstractmethod
    def f(self):
        pass
try:
    make(Abstract, 20)
except TypeError as e:
    print("TypeError:", e)

# keyword arguments, too few and too many
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
def kw(n):
    return [Vec(x=i, y=i) for i in range(n)]
print(kw(20)[-1])
for args in [(1,), (1, 2, 3)]:
    try:
        Vec(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    [Vec(1) for _ in range(20)]
except TypeError as e:
    print("TypeError:", e)

# deep: __init__ that makes more instances
class Node:
    def __init__(self, depth, limit):
        self.child = Node(depth + 1, limit) if depth < limit else None
n = Node(0, 200)
d = 0
while n.child:
    n = n.child
    d += 1
print(d)
try:
    Node(0, 10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)

# subclasses of built-in types take the generic path
class MyList(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(make(MyList, 20)[-1])

# stores that add attributes (an __init__ filling new instances), then a
# property with a setter of that name, then __slots__-like classes
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
ps = make(P, 20)
P.b = property(lambda self: "getter", lambda self, v: print("setter", v))
q = P(1, 2)
print(q.__dict__, q.b)
del P.b
print(P(3, 4).__dict__)
class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
print([(s.a, s.b) for s in make(S, 20)][-1])
o = P(0, 0)
o.__dict__ = {"zz": 1}
P.__init__(o, 5, 6)
print(o.__dict__)
