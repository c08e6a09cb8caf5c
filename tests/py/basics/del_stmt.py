# del of list items, slices, dict items, several targets; deleting a name then using it fails
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b, c = 1, 2, 3
del a, b
print(c)
nested = [[1, 2, 3], [4, 5]]
del nested[0][1], nested[1]
print(nested)
x = 'gone soon'
print(x)
del x
print(x)
