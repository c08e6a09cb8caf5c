# hash() of big ints (far beyond 64 bits) follows CPython's reduction modulo 2**61 - 1
M = 2**61 - 1
values = [10**19, 10**30, 2**100, 3**200, 7**500, 2**1000 + 1, 10**100 - 1, 12345678901234567890123456789]
for v in values:
    print(hash(v), hash(-v), hash(v) == v % M, hash(-v) == -(v % M) if v % M != 1 else hash(-v) == -2)
f = 1
for i in range(1, 60):
    f *= i
print(hash(f), hash(f + 1), hash(-f), hash(f * f))
# a big int equal to a small one after arithmetic is the same key
d = {5: 'five'}
print(d[(10**40 + 5) - 10**40], (2**200 // 2**198) in {4: 0})
