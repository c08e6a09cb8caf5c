# PEP 442: objects with __del__ in a cycle are finalized once by the collector, then freed; is_finalized shows it
import gc
gc.disable()
gc.collect()

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "partner:", self.partner.name)

a = Resource("a")
b = Resource("b")
a.partner = b
b.partner = a
del a, b
print("dropped the cycle: no __del__ yet (the counts never reach zero)")
print("collect ->", gc.collect())
print("collect again ->", gc.collect())

print("one finalizer in a larger cycle:")
class Plain:
    pass
r = Resource("only")
p = Plain()
r.partner = r
p.r = r
r.extra = [p]
del r, p
print("collect ->", gc.collect())

print("finalizers see the whole cycle intact:")
class Link:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  Link", self.n, "-> next is", self.next.n)
links = [Link(i) for i in range(3)]
for i in range(3):
    links[i].next = links[(i + 1) % 3]
del links
print("collect ->", gc.collect())

print("is_finalized:")
class Watched:
    def __del__(self):
        pass
w = Watched()
print("before:", gc.is_finalized(w))
w.__del__()
print("after calling __del__ by hand:", gc.is_finalized(w))
keep = []
class Keeper:
    def __del__(self):
        keep.append(self)
k = Keeper()
k.me = k
del k
print("collect ->", gc.collect())
print("resurrected object finalized:", gc.is_finalized(keep[0]))
print("ints and lists never:", gc.is_finalized(1), gc.is_finalized([]))
