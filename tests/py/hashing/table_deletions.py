# many deletions leave dummy slots: lookups still probe past them, re-inserted keys go to the end, popitem is LIFO
d = {}
for i in range(1000):
    d[i * 7] = i
for i in range(0, 1000, 2):
    del d[i * 7]
print(len(d), d[7], 14 in d, sum(d.values()), list(d)[:5])
for i in range(0, 1000, 4):
    d[i * 7] = -i
print(len(d), list(d)[-3:], list(d)[:3])
while len(d) > 10:
    d.popitem()
print(d)
for rnd in range(50):
    for i in range(100):
        d[('r', i)] = rnd
    for i in range(100):
        del d[('r', i)]
print(len(d), d)
keys = list(range(64))
e = dict.fromkeys(keys, 0)
for k in keys[:60]:
    del e[k]
e['new'] = 1
print(e, len(e))
