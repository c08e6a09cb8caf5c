# ints around the 32-, 62-, 63- and 64-bit boundaries hash exactly as CPython, whatever their representation
for e in [31, 32, 33, 60, 61, 62, 63, 64, 65]:
    for n in [2**e - 1, 2**e, 2**e + 1]:
        print(e, hash(n), hash(-n))
print(hash(-2**63), hash(-2**63 + 1), hash(-2**63 - 1))
big = 2**64 + 7
small = big - 2**64
print(small, hash(small) == hash(7), {7: 'x'}[small], {big: 'y'}[2**64 + 7])
