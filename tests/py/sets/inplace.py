# |=, &=, -=, ^= change the set in place (same object); on a frozenset they build a new frozenset
s = {1, 2, 3}
keep = s
s |= {4, 5}
print(s, s is keep)
s &= {2, 3, 4, 100}
print(s, s is keep)
s -= {3}
print(s, s is keep)
s ^= {4, 9, 10}
print(s, s is keep)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, g, type(f).__name__)
f &= {1, 3}
print(f, type(f).__name__)
t = set(range(20))
t -= set(range(0, 20, 2))
print(t)
t -= set(range(1000))
print(t, len(t))
u = set(range(64))
u -= set(range(0, 64, 3))
print(u)
v = set(range(10))
v ^= v
print(v)
w = {1, 2}
w |= w
w &= w
print(w)
w -= w
print(w)
