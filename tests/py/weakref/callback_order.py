# several refs: all are cleared before any callback runs; newest callback first
import weakref

class A:
    pass

a = A()
refs = []
for i in range(3):
    refs.append(weakref.ref(a, lambda r, i=i: print("callback", i, [x() is None for x in refs])))
plain = weakref.ref(a)
print(weakref.getweakrefcount(a))
print(weakref.getweakrefs(a)[0] is plain)
del a
print("done", plain() is None)
