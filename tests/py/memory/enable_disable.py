# gc.enable/disable/isenabled: disabling stops only the automatic collections; gc.collect() still works
import gc

print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())

gc.collect()
for i in range(2000):
    c = []
    c.append(c)
del c
found = gc.collect()
print("disabled: all 2000 cycles wait for gc.collect():", found)

gc.enable()
print("after enable:", gc.isenabled())
gc.collect()
for i in range(2000):
    c = []
    c.append(c)
del c
found = gc.collect()
print("enabled: automatic collections already took most:", found < 2000)

class Counted:
    alive = 0
    def __init__(self):
        Counted.alive += 1
        self.me = self
    def __del__(self):
        Counted.alive -= 1

gc.collect()
gc.disable()
for i in range(1000):
    Counted()
print("disabled, cycles with __del__ alive:", Counted.alive)
gc.collect()
print("after collect:", Counted.alive)

gc.enable()
for i in range(1000):
    Counted()
print("enabled: fewer than 1000 left alive:", Counted.alive < 1000)
gc.collect()
print("after collect:", Counted.alive)

def rc_only():
    freed = []
    class Tmp:
        def __del__(self):
            freed.append(1)
    for i in range(10):
        Tmp()
    return len(freed)
gc.disable()
print("no cycles: refcounting frees everything even when disabled:", rc_only())
gc.enable()
print("enabled at end:", gc.isenabled())
