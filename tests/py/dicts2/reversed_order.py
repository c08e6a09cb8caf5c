# reversed() of a dict and its views walks the insertion order backwards, skipping deleted entries
d = dict.fromkeys('abcdef', 0)
del d['c']
d['a'] = 1
d['g'] = 2
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
r = reversed(d)
print(next(r), next(r))
print(list(reversed({})), list(d) == list(reversed(list(reversed(d)))))
