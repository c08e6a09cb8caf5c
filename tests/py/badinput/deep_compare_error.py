# comparing two lists nested 100000 deep hits the recursion limit: RecursionError in comparison
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print('built')
print(a == b)
