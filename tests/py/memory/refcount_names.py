# sys.getrefcount deltas for names: binding, aliasing, deleting, attributes, globals (differences match CPython 3.11)
import sys

class Obj:
    pass

x = Obj()
base = sys.getrefcount(x)
def delta():
    return sys.getrefcount(x) - base

print("getrefcount counts its own argument: a fresh object shows", sys.getrefcount(Obj()))
print("start:", delta())
y = x
print("bound to a second name:", delta())
z = y
print("and a third:", delta())
del y
print("del y:", delta())
z = None
print("z rebound to None:", delta())

holder = Obj()
holder.ref = x
print("stored as an attribute:", delta())
holder.ref2 = x
print("two attributes:", delta())
del holder.ref
print("del holder.ref:", delta())
del holder
print("holder freed, its attributes released:", delta())

def set_global():
    global g
    g = x
set_global()
print("global from a function:", delta())
del g
print("del g:", delta())

def local_alias():
    a = x
    b = x
    return delta()
print("two locals inside a function:", local_alias())
print("after the function returned:", delta())

for item in [x]:
    inside = delta()
print("loop variable, list temp alive:", inside)
print("after the loop (item still bound):", delta())
del item

w = x if True else None
print("conditional expression result bound:", delta())
del w
a1 = a2 = x
print("chained assignment:", delta())
del a1, a2
(t1, t2) = (x, x)
print("tuple unpacking into two names:", delta())
del t1, t2
print("end:", delta())

s = "a string made at run time " + str(42)
sb = sys.getrefcount(s)
s2 = s
print("str alias:", sys.getrefcount(s) - sb)
n = 10 ** 30
nb = sys.getrefcount(n)
n2 = n
print("big int alias:", sys.getrefcount(n) - nb)
