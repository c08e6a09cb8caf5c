# 100,000 keys: insertion, lookup, deletion of half, re-insertion, order preserved throughout
d = {}
for i in range(100000):
    d[i * 7919 % 100003] = i
print(len(d), d[0], d[7919], list(d)[:5])
for k in list(d)[::2]:
    del d[k]
print(len(d), list(d)[:3], list(d.values())[-3:])
for i in range(1000):
    d[-i] = 'new'
print(len(d), list(d.items())[-2:], 50000 in d, -999 in d)
s = {}
for i in range(50000):
    s[str(i)] = i
print(len(s), s['49999'], sum(s.values()))
