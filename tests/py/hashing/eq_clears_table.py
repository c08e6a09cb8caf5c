# an __eq__ that empties the very dict or set being searched: the search starts over on the empty table and finds nothing
class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 0

    def __eq__(self, other):
        if table is not None:
            table.clear()
        return False

    def __repr__(self):
        return 'K(%r)' % self.name


table = None
d = {K('stored'): 1}
table = d
print(K('probe') in d, d)
table = None
d = {K('stored'): 1}
table = d
d[K('new')] = 2
print(d)
table = None
d = {K('stored'): 1}
table = d
print(d.get(K('probe'), 'absent'), d.pop(K('x'), 'no pop'), d.setdefault(K('s'), 3), d)
table = None
s = {K('stored')}
table = s
print(K('probe') in s, s)
table = None
s = {K('stored')}
table = s
s.add(K('new'))
print(s)
