# gc.freeze moves every tracked object to a permanent generation that collections ignore; gc.unfreeze gives them back
import gc
gc.disable()
gc.collect()
print("frozen at start:", gc.get_freeze_count())

a = []
a.append(a)
gc.freeze()
print("something is frozen:", gc.get_freeze_count() > 0)
print("generations emptied:", len(gc.get_objects()) == 0 or all(o is not a for o in gc.get_objects()))
del a
print("a frozen cycle is not collected:", gc.collect())

b = []
b.append(b)
del b
print("a cycle made after freeze is:", gc.collect())

gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
print("the old cycle is found now:", gc.collect())
gc.enable()
