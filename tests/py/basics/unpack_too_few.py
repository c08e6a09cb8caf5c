# unpacking fewer values than targets raises ValueError naming both counts
a, b, c = 'abc'
print(a, b, c)
x, y, z = (1, 2)
