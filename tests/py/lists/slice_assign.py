# slice assignment that grows, shrinks and inserts; extended slice assignment; deleting slices
a = list(range(6))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[2:5] = []
print(a)
a[0:0] = ['start']
print(a)
a[len(a):] = ['end']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[:] = 'xyz'
print(a)
a[1:2] = range(3)
print(a)
a[-1:] = [[9]]
print(a)
b = list(range(10))
del b[1:9:3]
print(b)
del b[::-2]
print(b)
c = list(range(5))
c[3:1] = ['inserted']
print(c)
c[::-1] = list('abcdef')
print(c)
