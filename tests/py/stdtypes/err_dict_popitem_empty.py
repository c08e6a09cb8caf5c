# popitem on an empty dict
d = {'only': 1}
print(d.popitem())
d.popitem()
