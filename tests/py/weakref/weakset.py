# WeakSet: members go when they die
import weakref

class M:
    pass

a, b, c = M(), M(), M()
s = weakref.WeakSet([a, b])
s.add(c)
print(len(s), a in s, 1 in s)
del b
print(len(s))
s.discard(a)
print(len(s), list(s)[0] is c)
