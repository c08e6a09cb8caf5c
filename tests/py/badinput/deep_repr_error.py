# repr of a list nested 100000 deep hits the recursion limit: RecursionError, not a crash
x = []
for i in range(100000):
    x = [x]
print('built')
print(x)
