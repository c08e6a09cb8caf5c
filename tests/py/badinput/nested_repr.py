# repr of containers nested 100 deep (lists, tuples, dicts) prints fully
x = []
for i in range(100):
    x = [x]
print(x)
t = ()
for i in range(100):
    t = (t,)
print(t)
d = {}
for i in range(100):
    d = {i: d}
print(d)
mixed = 'core'
for i in range(99):
    mixed = [mixed] if i % 3 == 0 else (mixed,) if i % 3 == 1 else {'k': mixed}
print(mixed)
