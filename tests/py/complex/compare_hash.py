# complex equality with ints, floats and complex, hashes as CPython's (dict and set keys), truth
print(1+0j == 1, 1 == 1+0j, 1j == 1, 1+0j == 1.0, 1.0 == 1+0j, 1j == 1j, 1j != 2j, (2+0j) != 2)
print(complex(2**53, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, 0j == 0, -0j == 0.0, 0j == False, 1+0j == True)
print(1j == 'a', 1j == None, 1j != [], complex(float('nan'), 0) == complex(float('nan'), 0))
for z in [0j, 1j, -1j, 1+0j, 1.5+0j, 2+3j, -2-3j, complex(1e300, 1e300), complex(float('inf'), 1),
          complex(-float('inf'), -float('inf')), complex(0.1, 0.7), complex(-1, 0), 1e-300j, complex(2**61, 2**61)]:
    print(z, hash(z))
print(hash(1.5+0j) == hash(1.5), hash(3+0j) == hash(3), hash(complex(-1, 0)))
d = {1: 'int', 1.0: 'float', 1+0j: 'complex', 2j: 'imag'}
print(d, d[1], d[2j], 1 + 0j in d, 0j in d)
s = {0j, 0, 0.0, False, 1j, complex(0, 1)}
print(len(s), 1j in s)
print(bool(0j), bool(1j), bool(complex(0.0, -0.0)), bool(complex(float('nan'), 0)), not 0j, 1j or 'x', 0j or 'y')
print(sorted([3, 1, 2], key=lambda x: abs(x * 1j)), max([1j, 3+4j, -2j], key=abs))
