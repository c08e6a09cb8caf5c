# a missing key raises KeyError with the repr of the key as the message
d = {'a': 1}
print(d['a'])
print(d['x'])
