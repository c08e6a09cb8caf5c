# containers that contain themselves: repr shows [...] and {...}, == by identity is True, comparing two distinct ones recurses until RecursionError
a = []
a.append(a)
print(a, a == a, a in a, len(a))
d = {}
d['self'] = d
d['list'] = a
print(d)
t = ([],)
t[0].append(t)
print(t)
b = []
b.append(b)
for label, f in [('a == b', lambda: a == b), ('a < b', lambda: a < b), ('a < a', lambda: a < a)]:
    try:
        print(label, f())
    except RecursionError as e:
        print(label, 'RecursionError', e)
x = [1]
y = [1]
x.append(y)
y.append(x)
print(x)
try:
    x == y
except RecursionError as e:
    print('mutual', e)
s = set()
try:
    s.add(a)
except TypeError as e:
    print(e)
