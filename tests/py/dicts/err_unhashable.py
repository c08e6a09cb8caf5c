# a list cannot be a key: TypeError: unhashable type: 'list'
d = {}
d[(1, 2)] = 'tuple is fine'
print(d)
d[[1, 2]] = 'list is not'
