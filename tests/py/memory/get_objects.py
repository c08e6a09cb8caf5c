# gc.get_objects, get_referrers, get_referents: looking at the tracked containers and who refers to whom
import gc
gc.disable()
gc.collect()

def contains(seq, obj):
    return any(o is obj for o in seq)

mine = [1, 2, 3]
print("a new list is tracked, so it is in get_objects():", contains(gc.get_objects(), mine))
print("an int is not:", contains(gc.get_objects(), 12345))
print("it starts in generation 0:", contains(gc.get_objects(0), mine), contains(gc.get_objects(2), mine))
gc.collect(0)
print("after collect(0) it is in generation 1:", contains(gc.get_objects(1), mine), contains(gc.get_objects(0), mine))
gc.collect()
print("after a full collection, generation 2:", contains(gc.get_objects(2), mine))
print("get_objects(None) covers all:", contains(gc.get_objects(None), mine))
result = gc.get_objects()
print("the result list is not in itself:", not contains(result, result))
del result

def by_repr(objs):
    return sorted(objs, key=repr)   # the visiting order is the interpreter's business
print("get_referents of a list: its items", by_repr(gc.get_referents([10, "ten", None])))
print("of a tuple:", by_repr(gc.get_referents((1, 2))))
print("of several objects at once:", by_repr(gc.get_referents([1], [2, 3])))
print("of an int (not a container):", gc.get_referents(5))
print("of nothing:", gc.get_referents())

target = ["target"]
box1 = [target]
box2 = {"key": target}
class Holder:
    pass
h = Holder()
h.t = target
refs = gc.get_referrers(target)
print("referrers include the list:", contains(refs, box1))
print("and the dict:", contains(refs, box2))
print("no referrers of a fresh object:", gc.get_referrers(object()))
del refs

a = []
b = [a]
a.append(b)
print("in a cycle, each refers to the other:",
      contains(gc.get_referrers(a), b), contains(gc.get_referrers(b), a),
      gc.get_referents(a)[0] is b)
del a, b
print("collect ->", gc.collect())
gc.enable()
