# hash(int) is the value modulo the Mersenne prime 2**61 - 1, with the sign kept: values around the modulus
M = 2**61 - 1
for n in [M - 2, M - 1, M, M + 1, M + 2, 2 * M, 2 * M + 5, 2**61, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64]:
    print(n, hash(n), hash(-n))
print(hash(M) == 0, hash(-M) == 0, hash(M - 1) == M - 1, hash(-(M - 1)) == -(M - 1))
print(hash(M + 1) == 1, hash(-(M + 1)) == -2, hash(-M - 1))
# numbers congruent modulo M hash alike but are different keys
d = {1: 'one', M + 1: 'M+1', 2 * M + 1: '2M+1'}
print(len(d), d[1], d[M + 1], d[2 * M + 1], hash(1) == hash(M + 1) == hash(2 * M + 1))
