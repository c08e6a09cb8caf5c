# a dict cannot be a key either
d = {'inner': {}}
print(d)
print({} in d)
