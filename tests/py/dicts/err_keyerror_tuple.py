# the KeyError of a tuple key shows the tuple
d = {(1, 2): 'here'}
print(d[1, 2])
print(d[(2, 1)])
