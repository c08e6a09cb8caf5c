# a tuple holding a set as a dict key: the message names the set, not the tuple
d = {}
d[(1, frozenset({2}))] = 'frozenset is fine'
print(len(d))
d[(1, {2})] = 'set is not'
