# hash of ints (hash(-1) is -2), integral floats equal to their ints, bools, tuples; equal values hash equal
for v in [0, 1, -1, -2, 42, 10 ** 6, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
print(hash(1.0), hash(-1.0), hash(2.5), hash(0.5), hash(-0.0), hash(1e20) == hash(10 ** 20), hash(float(2 ** 61)))
print(hash(True), hash(False), hash(True) == hash(1))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1.0, True)) == hash((1, 1)))
print(hash('abc') == hash('ab' + 'c'), hash((1, 'x')) == hash((1, 'x')), hash(None) == hash(None))
