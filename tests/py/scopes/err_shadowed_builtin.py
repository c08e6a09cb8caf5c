# shadowing a builtin with a global breaks later calls of the builtin
list = ['a', 'b']
print(list)
letters = list('xyz')
