# sys.getrefcount deltas across calls: arguments, defaults, closures, bound methods, generators (differences match CPython 3.11)
import sys

class Obj:
    def method(self):
        return sys.getrefcount(self) - base

x = Obj()
base = sys.getrefcount(x)
def delta():
    return sys.getrefcount(x) - base

def one(a):
    return sys.getrefcount(a) - base
print("passed as an argument:", one(x))

def two(a, b):
    return sys.getrefcount(a) - base
print("passed twice:", two(x, x))

def star(*args):
    return sys.getrefcount(x) - base
print("in *args:", star(x))

def kw(**kwargs):
    return sys.getrefcount(x) - base
print("in **kwargs:", kw(k=x))

def keyword_only(*, a):
    return sys.getrefcount(a) - base
print("keyword argument:", keyword_only(a=x))

def nested_call(a):
    return one(a)
print("passed down two calls:", nested_call(x))

print("lambda argument:", (lambda a: sys.getrefcount(a) - base)(x))

def with_default(a=x):
    return delta()
print("held as a default value:", delta())
print("default used in a call:", with_default())
del with_default
print("function dropped, default released:", delta())

def capture(v):
    def inner():
        return v
    return inner
c = capture(x)
print("captured in a closure cell:", delta())
c2 = capture(x)
print("two closures, two cells:", delta())
del c, c2
print("closures dropped:", delta())

def uses_global():
    return x
print("a function naming a global holds no reference:", delta())

print("method call (self):", x.method())
bm = x.method
print("bound method kept:", delta())
bm2 = x.method
print("two bound methods:", delta())
del bm, bm2
print("bound methods dropped:", delta())

def gen(a):
    yield sys.getrefcount(a) - base
g = gen(x)
print("generator created, argument in its frame:", delta())
print("inside the generator:", next(g))
del g
print("generator dropped:", delta())

print("list comprehension:", [delta() for _ in range(1)])
print("generator expression:", list(delta() for _ in range(1)))

def returns(a):
    return a
r = returns(x)
print("returned and bound:", delta())
del r
print("returned and discarded:", returns(x) is x, delta())

try:
    raise ValueError(x)
except ValueError as e:
    print("held by the exception's args:", delta())
print("after the except block:", delta())
print("end:", delta())
