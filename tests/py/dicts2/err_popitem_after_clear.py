# popitem on a dict emptied by clear(): KeyError: 'popitem(): dictionary is empty'
d = {'a': 1, 'b': 2}
print(d.popitem())
d.clear()
d.popitem()
