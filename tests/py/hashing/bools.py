# bools hash as 0 and 1: True, 1 and 1.0 are one key; False, 0, 0.0 and -0.0 are one key
print(hash(True), hash(False), hash(True) == hash(1) == hash(1.0), hash(False) == hash(0) == hash(-0.0))
d = {True: 'T'}
d[1] = 'one'
d[1.0] = 'float'
print(d, len(d))
e = {0: 'zero', False: 'F', 0.0: 'f', -0.0: 'negzero'}
print(e, len(e))
s = {False, 0, 0.0, True, 1, 1.0}
print(len(s), sorted(s), True in {1}, 0.0 in {False})
print({1: 'a', 1.0: 'b', True: 'c'})
print({True: 'c', 1: 'a', 1.0: 'b'})
print(list({1.0: None, True: None, 1: None}))
