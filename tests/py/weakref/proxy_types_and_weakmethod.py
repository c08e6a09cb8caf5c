# weakref.proxy gives a ProxyType, or a CallableProxyType for an object that
# can be called; a proxy forwards attributes, items, calls and operators
# (both ways round, and in place) and raises ReferenceError once its object
# is gone. WeakMethod keeps a bound method weakly: calling it makes the
# method again while the instance and the function live.
import weakref, gc
class A:
    def __init__(self): self.v = [1]
    def m(self): return "m of A"
class N:
    def __init__(self, n): self.n = n
    def __add__(self, o): return N(self.n + (o.n if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.n)
    def __repr__(self): return "N(%d)" % self.n
    def __call__(self, x): return x * self.n
a = A()
p = weakref.proxy(a)
print(type(p), weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
print(isinstance(p, weakref.ProxyType), p.__class__, p.v, p.m())
print(repr(p).split(" at ")[0])
n = N(3); q = weakref.proxy(n)
print(type(q).__name__, q + 1, 1 + q, q + q, q(5), callable(q))
l = [1, 2]; 
class L(list): pass
ll = L([1, 2]); pl = weakref.proxy(ll)
pl += [3]
print(pl, ll, len(ll), pl[0], 2 in ll, list(reversed(ll)))
wm = weakref.WeakMethod(a.m)
print(wm()(), wm == weakref.WeakMethod(a.m), isinstance(wm, weakref.ref), type(wm).__mro__)
seen = []
wm2 = weakref.WeakMethod(a.m, lambda r: seen.append("callback once"))
del a; gc.collect()
print(wm(), wm2(), seen)
try: p.v
except ReferenceError as e: print("ReferenceError:", e)
print(repr(p).split(" at ")[1].startswith("0x"), "to NoneType" in repr(p))
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
try: hash(q)
except TypeError as e: print("TypeError")
