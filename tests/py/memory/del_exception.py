# An exception in __del__ or in a gc callback cannot propagate: it is printed as "Exception ignored in" and the program goes on
import gc
gc.disable()
gc.collect()

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
        raise ValueError("failed in __del__ of " + self.name)

b = Bad("refcounted")
del b
print("the program goes on")

c = Bad("in a cycle")
c.me = c
del c
print("collect ->", gc.collect())
print("still going")

def bad_callback(phase, info):
    if phase == "stop":
        raise KeyError(phase)
gc.callbacks.append(bad_callback)
print("collect with a failing callback ->", gc.collect())
gc.callbacks.clear()
print("done")
