# isinstance with something that is not a type raises TypeError
print(isinstance(1, int))
print(isinstance(1, 5))
