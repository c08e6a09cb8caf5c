# unpacking more values than targets raises ValueError naming the expected count
a, b = 1, 2
print(a, b)
a, *b = 'xyz'
print(a, b)
a, b = [1, 2, 3]
