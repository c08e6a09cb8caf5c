# a tuple cannot change, but a list inside it can; += on a tuple name makes a new tuple
t = ([1, 2], 'x')
t[0].append(3)
print(t)
u = t
t += ('y',)
print(t, u, t is u)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) != [1, 2])
