# tuple packing and unpacking: swaps, returns of several values, nested and starred unpacking, in for loops
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max([2]))
point = (3, 4)
x, y = point
print(x * x + y * y)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
first, *others = (10, 20, 30)
print(first, others, type(others))
for name, (x, y) in [('p', (0, 0)), ('q', (1, -1))]:
    print(name, x, y)
t = 1,
u, = t
print(u)
print(*(1, 2, 3), sep='-')
print((*'ab', *[1, 2]), [*range(3), *(4,)])
