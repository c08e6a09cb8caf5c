# Resurrection: a __del__ that stores its object keeps it alive, and is never called a second time (PEP 442)
import gc
gc.disable()
gc.collect()

saved = []

class Phoenix:
    calls = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Phoenix.calls += 1
        print("  __del__", self.name, "call", Phoenix.calls)
        saved.append(self)

print("refcount path: del runs __del__, which resurrects")
p = Phoenix("solo")
del p
print("alive again:", saved[0].name, "calls:", Phoenix.calls)
p = saved.pop()
print("dropped a second time: no __del__")
del p
print("calls:", Phoenix.calls)

print("collector path: a resurrected cycle survives the collection")
Phoenix.calls = 0
a = Phoenix("a")
b = Phoenix("b")
a.other = b
b.other = a
del a, b
print("collect ->", gc.collect(), "(resurrected objects are not counted)")
print("saved:", [x.name for x in saved], "calls:", Phoenix.calls)
print("they still refer to each other:", saved[0].other is saved[1])
saved.clear()
print("cycle dropped again; its finalizers already ran")
print("collect ->", gc.collect(), "calls:", Phoenix.calls)

print("only one member resurrects, and keeps the other alive")
class Quiet:
    def __init__(self, name):
        self.name = name
class Once:
    def __init__(self):
        self.name = "once"
    def __del__(self):
        print("  __del__ once")
        saved.append(self)
o = Once()
q = Quiet("quiet")
o.q = q
q.o = o
del o, q
print("collect ->", gc.collect())
print("the quiet one survives with it:", saved[0].q.name)
saved.clear()
print("collect ->", gc.collect())

print("a __del__ that resurrects through a global name")
class Lazarus:
    def __del__(self):
        global back
        back = self
        print("  back from the dead")
x = Lazarus()
x.me = x
del x
print("collect ->", gc.collect())
print("back is a Lazarus:", type(back).__name__)
del back
print("collect ->", gc.collect())
