# Reference counting frees at once: __del__ runs the moment the last reference goes, not at some later collection
import gc
gc.disable()          # show that no collector is involved

class Noisy:
    def __init__(self, name):
        self.name = name
        print("  made", name)
    def __del__(self):
        print("  freed", self.name)

print("del of the only name:")
a = Noisy("a")
del a
print("after del a")

print("rebinding the name:")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding")
del b

print("two names, two dels:")
c = Noisy("c")
d = c
del c
print("still alive through d")
del d
print("after del d")

print("locals die when the function returns:")
def work():
    t = Noisy("temp")
    print("  working")
work()
print("after work()")

print("a temporary dies after its statement:")
print("  length of name:", len(Noisy("tmp").name))
print("next statement")

print("removed from a list:")
items = [Noisy("x"), Noisy("y")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")

print("a dict dropped frees its values in insertion order:")
table = {1: Noisy("p"), 2: Noisy("q"), 3: Noisy("r")}
del table
print("after del table")

print("dict value replaced:")
d = {"k": Noisy("old")}
d["k"] = Noisy("new")
print("after replace")
del d

print("attribute replaced:")
class Holder:
    pass
h = Holder()
h.part = Noisy("part1")
h.part = Noisy("part2")
del h
print("after del h")

print("exception variable is deleted at the end of except:")
try:
    raise ValueError(Noisy("in exception"))
except ValueError as e:
    print("  caught", type(e).__name__)
print("after except")

print("loop variable keeps the last item:")
for n in [Noisy("l1"), Noisy("l2")]:
    pass
print("after loop, n is", n.name)
del n
print("end; gc never ran:", gc.isenabled())
