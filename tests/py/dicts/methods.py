# dict methods: pop, setdefault, update, copy, clear, popitem, and their effect on order
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d.pop('zz', 'missing'), d)
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append('x')
d.update({'c': 30, 'e': 5})
d.update(f=6)
d.update([('g', 7)])
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(d.popitem(), d)
c.clear()
print(c, len(c))
