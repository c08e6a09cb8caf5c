# list.index of a missing value raises ValueError naming the value
a = ['a', 'b']
print(a.index('b'))
print(a.index('z'))
