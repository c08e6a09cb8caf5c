# `dict | list` is not defined: TypeError: unsupported operand type(s) for |: 'dict' and 'list'
d = {'a': 1}
d |= [('b', 2)]
print(d)
print(d | [('c', 3)])
