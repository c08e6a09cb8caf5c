# freeing containers nested 100000 deep (lists, tuples, dicts) must not overflow the C stack
x = []
for i in range(100000):
    x = [x]
x = None
print('list freed')
t = ()
for i in range(100000):
    t = (t, i)
del t
print('tuple freed')
d = {}
for i in range(100000):
    d = {'next': d}
d = 0
print('dict freed')
keep = []
for i in range(100000):
    keep = [keep, i]
print('kept until exit')
