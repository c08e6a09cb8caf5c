# sys.getrefcount deltas for containers: each slot that holds the object is one reference (differences match CPython 3.11)
import sys

class Obj:
    pass

x = Obj()
base = sys.getrefcount(x)
def delta():
    return sys.getrefcount(x) - base

lst = [x]
print("in a list:", delta())
lst.append(x)
print("appended again:", delta())
lst2 = lst[:]
print("a slice copies the references:", delta())
lst3 = lst * 3
print("list * 3 (two items each time):", delta())
del lst2, lst3
print("copies dropped:", delta())
lst.remove(x)
print("remove:", delta())
lst.insert(0, x)
print("insert:", delta())
popped = lst.pop()
print("pop, bound to a name:", delta())
del popped
lst.clear()
print("clear:", delta())

t = (x, x, x)
print("tuple of three:", delta())
del t
d = {"a": x}
print("dict value:", delta())
d["b"] = x
print("second value:", delta())
d["a"] = None
print("value replaced:", delta())
d2 = dict(d)
print("dict copy:", delta())
del d, d2
print("dicts dropped:", delta())

s = {x}
print("set member:", delta())
s.add(x)
print("added twice, still one slot:", delta())
fs = frozenset(s)
print("frozenset copy:", delta())
del s, fs
key = {x: 1}
print("dict key:", delta())
del key

nested = [[x], (x,), {"k": x}]
print("nested in three containers:", delta())
del nested
print("nested containers dropped:", delta())

it = iter([x])
print("held by a list an iterator holds:", delta())
nxt = next(it)
print("next() result bound:", delta())
del it, nxt
print("sorted list:", end=" ")
srt = sorted([x, x], key=id)
print(delta())
del srt
print("end:", delta())
