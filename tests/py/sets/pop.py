# pop() takes the first key at or after a finger left by the previous pop, wrapping around the table
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
t = set(range(0, 100, 7))
out = []
while t:
    out.append(t.pop())
    if len(out) % 3 == 0:
        t.add(len(out) * 13)
print(out, t)
u = {'a', 'b', 'c', 'd'}
print(sorted([u.pop(), u.pop()] + list(u)))
v = set(range(40))
for _ in range(35):
    v.pop()
v.clear()
v.update([5, 3, 1])
print(v.pop(), v)
