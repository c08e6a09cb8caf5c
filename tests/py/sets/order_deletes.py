# deleting leaves a dummy slot; a later insertion reuses the last dummy on its probe path, so order depends on history
s = set(range(6))
s.discard(2)
s.discard(4)
print(s)
s.add(10)
print(s)
s.add(18)
print(s)
s.remove(0)
s.add(8)
print(s, len(s))
t = set()
for i in range(40):
    t.add(i * 7)
    if i % 3 == 0:
        t.discard(i * 7 - 21)
print(t)
for i in range(0, 280, 14):
    t.discard(i)
print(t)
for i in range(300, 320):
    t.add(i)
print(t)
u = set([1, 9, 17])
u.discard(1)
u.add(25)
print(u, list(u))
