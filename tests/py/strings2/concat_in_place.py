# s += t grows s in place when nothing else holds it (CPython does the
# same); whatever else holds the old string must keep seeing it unchanged.
def build(n):
    s = ""
    for i in range(n):
        s += str(i)
        s = s + ","
    return s

def keep(n):
    s = "x"
    kept = []
    for i in range(n):
        kept.append(s)
        s += "ab"
    return kept

t = build(20000)
print(len(t), t[:20], t[-20:], hash(t) == hash(t[:]) )
k = keep(200)
print(len(k), k[3], k[-1][:10], len(k[-1]))
u = "é"
v = u
for i in range(300):
    u += "ü" if i % 2 else "a"
print(len(u), v, u[:5], u[-3:], u.isascii())
def f():
    x = "abc" * 200
    y = x
    x += "d"
    return x[-3:], y[-3:], len(x), len(y)
print(f())
d = {}
def g():
    s = "k" * 600
    d[s] = 1
    s += "z"
    return s in d, s[:-1] in d
print(g())
