# copy() is shallow and keeps the order; clear() empties in place, seen through every reference and view
d = {'x': [1], 'y': 2}
c = d.copy()
c['z'] = 3
c['x'].append(99)
print(d, c, c == d, dict(d) == d, dict(d) is d)
e = {}
for i in range(100):
    e[i] = i
for i in range(90):
    del e[i]
f = e.copy()
print(f, len(f), list(f) == list(e))
alias = d
keys = d.keys()
d.clear()
print(alias, len(keys), list(keys), d.get('x'))
d['again'] = 1
print(alias, list(keys))
print({}.copy(), type({}.copy()).__name__)
try:
    d.copy(1)
except TypeError as e:
    print('TypeError:', e)
