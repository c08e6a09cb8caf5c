# list indices must be integers: a float index raises TypeError
a = [1, 2, 3]
print(a[True])
print(a[1.0])
