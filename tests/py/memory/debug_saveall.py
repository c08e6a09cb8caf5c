# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed; gc.garbage is normally empty
import gc
gc.disable()
gc.collect()

print("gc.garbage at start:", gc.garbage, type(gc.garbage).__name__)
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
b = [2, a]
a.append(b)
del a, b
print("collect ->", gc.collect())
print("saved:", len(gc.garbage), sorted(type(x).__name__ for x in gc.garbage))
first = gc.garbage[0]
print("the cycle is intact:", first[0], first[1][0])

class Node:
    pass
n = Node()
n.me = n
n.label = "node"
del n
print("collect ->", gc.collect())
print("saved now:", len(gc.garbage), [type(x).__name__ for x in gc.garbage][-1])
print("its attributes survive:", gc.garbage[-1].label)

class WithDel:
    def __del__(self):
        print("  __del__ runs before saving")
w = WithDel()
w.me = w
del w
print("collect ->", gc.collect())
print("saved now:", len(gc.garbage))
print("finalized:", gc.is_finalized(gc.garbage[-1]))

gc.set_debug(0)
del first
gc.garbage.clear()
print("after clearing gc.garbage, the cycles are garbage again:", gc.collect())
print("and freed for good:", gc.collect(), gc.garbage)

import gc as gc_again
print("the same list in every import:", gc_again.garbage is gc.garbage, gc_again.callbacks is gc.callbacks)
gc.enable()
