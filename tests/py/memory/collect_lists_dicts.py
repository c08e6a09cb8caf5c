# gc.collect() counts cycles of lists and dicts as CPython 3.11: each object of a dropped cycle once
import gc
gc.disable()          # no automatic collection between the steps (deterministic counts)
print("nothing to find:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

a = []
a.append(a)
del a
print("list containing itself:", gc.collect())

d = {}
d["me"] = d
del d
print("dict containing itself:", gc.collect())

d = {"k": []}
d["k"].append(d)
del d
print("dict and list:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())

ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of ten, still named by nobody:", gc.collect())

head = [None]
node = head
for i in range(5):
    nxt = [node]
    node = nxt
head[0] = node
del head, node, nxt
print("chain closed into a loop:", gc.collect())

s = set()
fs = [s]
fs.append(fs)
del s, fs
print("set hanging off a cycle:", gc.collect())

keep = []
keep.append(keep)
print("cycle still referenced:", gc.collect())
del keep
print("after del:", gc.collect())
print("again:", gc.collect())
gc.enable()
