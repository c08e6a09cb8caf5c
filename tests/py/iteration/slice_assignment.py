# slice assignment on lists: grow, shrink, insert, delete; extended slices need equal lengths; del with slices
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:5] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
a[::-3] = [7, 8, 9]
print(a)
b = list('abcdefgh')
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[1:2] = 'hey'
print(c)
c[:] = range(3)
print(c)
c[5:10] = [9]
print(c)
c[-1:] = []
print(c)
d = [0, 1, 2, 3]
alias = d
d[:] = [4]
print(alias, d is alias)
try:
    d[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    d[0:1] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    d[::2] = 5
except TypeError as e:
    print('TypeError:', e)
e = [0] * 6
e[1::2] = [1, 3, 5]
print(e)
