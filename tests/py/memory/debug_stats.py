# set_debug(DEBUG_STATS | DEBUG_COLLECTABLE): the report CPython writes to sys.stderr, captured here with numbers and addresses masked
import gc
import sys

class Capture:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
        return len(s)

def mask(line):
    # generation sizes, timings and addresses differ between runs and interpreters
    words = line.split(" ")
    if line.startswith("gc: objects in each generation:"):
        words = words[:-3] + ["N", "N", "N"]
    for i, w in enumerate(words):
        if w.endswith("s") and w[:-1].replace(".", "").isdigit():
            words[i] = "Ts"
        elif w.startswith("0x"):
            words[i] = "ADDR" + w[-1] if w.endswith(">") else "ADDR"
    return " ".join(words)

print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("DEBUG_LEAK is COLLECTABLE | UNCOLLECTABLE | SAVEALL:",
      gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.disable()
gc.collect()
print("debug flags at start:", gc.get_debug())

cap = Capture()
saved, sys.stderr = sys.stderr, cap
gc.set_debug(gc.DEBUG_STATS)
a = []
a.append(a)
del a
n = gc.collect()
gc.set_debug(0)
sys.stderr = saved
print("collect returned", n)
for line in "".join(cap.text).splitlines():
    print(mask(line))

cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print("get_debug:", gc.get_debug())
class Pair:
    pass
p = Pair()
q = Pair()
p.q = q
q.p = p
del p, q
n = gc.collect(0)
gc.set_debug(0)
sys.stderr = saved
print("collect(0) returned", n)
for line in "".join(cap.text).splitlines():
    print(mask(line))

cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
n = gc.collect(1)
gc.set_debug(0)
sys.stderr = saved
print("nothing to find, collect(1) returned", n)
for line in "".join(cap.text).splitlines():
    print(mask(line))
gc.enable()
