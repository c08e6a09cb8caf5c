# dict.popitem removes the last inserted item (LIFO), also after deletions and overwrites; empty: KeyError
d = {}
for i, c in enumerate('abcde'):
    d[c] = i
d['b'] = 'overwritten in place'
del d['e']
d['f'] = 5
out = []
while d:
    out.append(d.popitem())
print(out)
d = {1: 1}
d.update({2: 2, 3: 3})
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d.popitem(1)
except TypeError as e:
    print('TypeError:', e)
