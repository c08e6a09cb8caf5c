# int keys whose hashes collide (equal modulo 2**61 - 1, or equal low bits) are different keys, found by comparison
M = 2**61 - 1
d = {}
for i in range(50):
    d[i * M] = i
print(len(d), d[0], d[49 * M], 50 * M in d, [hash(k) for k in list(d)[:3]])
e = {i << 40: i for i in range(100)}
print(len(e), e[99 << 40], (100 << 40) in e, sum(e.values()))
f = {-1: 'minus one', -2: 'minus two'}
print(f[-1], f[-2], f, hash(-1) == hash(-2))
