# extended slice assignment needs a sequence of the same size
a = list(range(6))
a[::2] = 'abc'
print(a)
a[::2] = [1]
