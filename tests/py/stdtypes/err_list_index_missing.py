# list.index of a missing value: the message shows the value's repr
names = ['ann', 'bob']
print(names.index('bob'))
print(names.index('eve'))
