# gc.callbacks: each callback is called with ("start", info) before and ("stop", info) after every collection
import gc
gc.disable()
gc.collect()

events = []
def watch(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
    print("  callback:", phase, sorted(info))

print("callbacks at start:", gc.callbacks)
gc.callbacks.append(watch)
a = []
a.append(a)
del a
print("collect ->", gc.collect())
print(events)

events.clear()
class P:
    pass
x = P()
y = P()
x.y = y
y.x = x
del x, y
print("collect(1) ->", gc.collect(1))
print(events)

def second(phase, info):
    print("  second callback sees", phase)
gc.callbacks.append(second)
events.clear()
print("collect(0) ->", gc.collect(0))
print(events)

def collects_inside(phase, info):
    print("  gc.collect() inside a callback ->", gc.collect())
gc.callbacks[:] = [collects_inside]
print("collect ->", gc.collect())

gc.callbacks.clear()
events.clear()
print("no callbacks:", gc.collect(), events)

print("automatic collections call them too:")
seen = []
gc.callbacks.append(lambda phase, info: seen.append(phase))
gc.enable()
for i in range(3000):
    c = []
    c.append(c)
gc.disable()
print("saw start and stop:", "start" in seen and "stop" in seen, len(seen) % 2 == 0)
gc.callbacks.clear()
gc.enable()
