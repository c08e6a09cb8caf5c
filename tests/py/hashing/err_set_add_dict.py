# adding a dict to a set: TypeError: unhashable type: 'dict'
s = {1, 2}
s.add((3, 4))
print(len(s))
s.add({'k': 'v'})
