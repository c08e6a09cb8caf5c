# AttributeError with no similar attribute, on an int
n = 5
print(n + 1)
n.no_such_thing
