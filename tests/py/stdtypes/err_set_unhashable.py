# adding an unhashable value to a set
tags = {'a'}
tags.add(('b', 'c'))
print(len(tags))
tags.add(['d'])
