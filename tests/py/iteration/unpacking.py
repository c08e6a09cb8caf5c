# unpacking from any iterable: nested targets, starred targets, swapping, unpacking in for loops and calls
a, b = 'xy'
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *empty = [1]
print(head, empty)
a, b = b, a
print(a, b)
for i, (name, (x, y)) in enumerate([('p', (1, 2)), ('q', (3, 4))]):
    print(i, name, x + y)
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*range(3), *'ab', **{'k': 1}, **dict(z=2)))
print([*range(3), *'hi'], (*[1], *(2, 3)), {**{'a': 1}, 'b': 2})
x = y = z = [0]
print(x is z)
[p, q] = (5, 6)
print(p, q)
