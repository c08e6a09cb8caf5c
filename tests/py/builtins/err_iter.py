# iter() of an int raises TypeError: 'int' object is not iterable
print(list(iter('ab')))
iter(42)
