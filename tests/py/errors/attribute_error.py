# AttributeError on a built-in type, with the 'Did you mean' suggestion CPython 3.11 adds
items = [3, 1]
items.append(2)
print(items)
items.apend(4)
