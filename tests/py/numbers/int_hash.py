# hash() of numbers: modulo 2**61 - 1 with the sign kept, -1 becomes -2, equal numbers hash alike
M = 2 ** 61 - 1
vals = [0, 1, -1, -2, 2, 100, M - 1, M, M + 1, -M, -M - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, -(2 ** 64), 2 ** 64 + 5, 10 ** 30, -(10 ** 30), 3 ** 100, -(3 ** 100)]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 1000 else None)
print(hash(True), hash(False), hash(-1) == hash(-2))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d = {2 ** 64: 'a', float(2 ** 64): 'b'}
print(d)
s = {0, 0.0, -0.0, False}
print(s, len(s))
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e300), hash(-1e300), hash(float('inf')), hash(float('-inf')))
print(hash(1e-300), hash(3.14159), hash(2.0 ** 63), hash(-2.0 ** 63), hash(2.0 ** 61), hash(0.1))
x = float('nan')
print(hash(x) == hash(x), {x: 1}[x])
