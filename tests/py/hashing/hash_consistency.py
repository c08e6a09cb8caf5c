# x == y implies hash(x) == hash(y) across int, float, bool and the containers built from them
import math
numbers = [0, 1, -1, 2, -2, 7, 2**31, 2**53, 2**61 - 1, 2**61, 2**64, 10**20, -10**20]
for n in numbers:
    f = float(n)
    print(n, f == n, hash(f) == hash(n), hash((n, n)) == hash((f, f)), hash(frozenset([n])) == hash(frozenset([f])))
for k in range(-16, 17):
    x = k / 4
    print(x, hash(x), hash(x) == hash(int(x)) if x == int(x) else math.floor(x))
