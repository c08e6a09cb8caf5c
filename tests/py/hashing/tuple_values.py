# tuple hashes come from the element hashes with CPython's xxHash-based algorithm, so hash((1, 2)) equals CPython's number
values = [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), (1, 2, 3), (0, 0), (0, 0, 0), (1.5,), (1, 2.5, -3),
          (True, False), (1, 1), (2**61 - 1,), (2**64, -2**64), (float('inf'), float('-inf')),
          tuple(range(20)), tuple(range(100)), (10**30, 1e30)]
for t in values:
    print(t if len(t) < 10 else len(t), hash(t))
print(hash((-1,)) == hash((-2,)), hash((1,)) == hash((1.0,)) == hash((True,)))
