# large tables: 200000 int keys, 50000 str keys and tuple keys survive growth, deletions and shrinking intact
d = {}
for i in range(200000):
    d[i * 2654435761 % 4294967296] = i
print(len(d), sum(d.values()), d[2654435761 % 4294967296])
for k in list(d):
    if d[k] % 3:
        del d[k]
print(len(d), sum(d.values()), list(d.values())[:5], list(d.values())[-5:])
d.clear()
print(len(d), d)
s = {}
for i in range(50000):
    s['key%d' % i] = i
print(len(s), s['key49999'], sum(s['key%d' % i] for i in range(0, 50000, 97)))
t = {(i % 300, i // 300): i for i in range(60000)}
print(len(t), t[(299, 199)], (300, 0) in t, sum(t[(x, 7)] for x in range(300)))
u = set()
for i in range(100000):
    u.add(i * 31 % 100003)
for i in range(0, 100003, 2):
    u.discard(i)
print(len(u), sum(u), 1 in u, 2 in u)
