# Generators in cycles: collected, and a suspended one is closed first (its finally runs while the cycle is intact)
import gc
gc.disable()
gc.collect()

def numbers():
    yield 1
    yield 2

g = numbers()
holder = [g]
holder.append(holder)
del g, holder
print("generator hanging off a cycle:", gc.collect())

def keeper(box):
    try:
        yield "first"
        yield "second"
    finally:
        print("finally runs; box still holds", len(box), "item(s)")

box = []
it = keeper(box)
print(next(it))
box.append(it)
del it, box
print("suspended generator in a cycle:", gc.collect())

def selfish():
    me = yield "started"
    yield me

g = selfish()
next(g)
g.send(g)
del g
print("generator holding itself in a local:", gc.collect())

def not_started(box):
    try:
        yield 1
    finally:
        print("never printed: the generator never started")

box = []
g = not_started(box)
box.append(g)
del g, box
print("unstarted generator in a cycle:", gc.collect())

def finished(box):
    yield 1

box = []
g = finished(box)
for _ in g:
    pass
box.append(g)
del g, box
print("finished generator in a cycle:", gc.collect())

def stubborn(box):
    try:
        yield 1
    finally:
        print("cleanup", box is not None)

box = []
g = stubborn(box)
next(g)
box.append(g)
del box
g.close()
print("closed by hand, then dropped:")
del g
print(gc.collect())
