# a function's __annotations__: made empty on first read when the def had
# none, the same dict on every read, replaced by any dict, reset by del or
# None, refused for anything else; lambdas have an empty one
def f(a: int) -> str: pass
d = f.__annotations__
print(d, d is f.__annotations__)
d['extra'] = 1
print(f.__annotations__)
def g(): pass
e = g.__annotations__
print(e, e is g.__annotations__)
g.__annotations__ = {'x': list}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__, g.__annotations__ is e)
g.__annotations__ = None
print(g.__annotations__)
for bad in (5, [('a', 1)], ('a', 1)):
    try:
        g.__annotations__ = bad
    except TypeError as exc:
        print(type(exc).__name__, exc)
print((lambda x, y=1: x).__annotations__)
class C:
    def m(self, x: 'C') -> 'C': pass
print(C.m.__annotations__, C().m.__annotations__ is C.m.__annotations__)
import functools
@functools.wraps(f)
def wrapper(*a, **k): pass
print(wrapper.__annotations__)
