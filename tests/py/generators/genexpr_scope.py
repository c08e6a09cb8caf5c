# a generator expression evaluates its first iterable immediately and everything else lazily, when iterated
def src(name, n):
    print('  evaluating', name)
    return range(n)
g = (x * y for x in src('outer', 2) for y in src('inner', 3))
print('generator created')
print(list(g))
factor = 10
g = (x * factor for x in range(3))
factor = 100
print(list(g))
items = [1, 2]
g = (x for x in items)
items = [7, 8, 9]
print(list(g))
x = 'outer x'
print(list(x for x in 'ab'), x)
