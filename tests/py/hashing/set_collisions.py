# sets with colliding hashes stay correct: a constant hash, hashes equal modulo the table size, -1 and -2
class Same:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 0

    def __eq__(self, other):
        return isinstance(other, Same) and self.v == other.v


s = {Same(i % 20) for i in range(100)}
print(len(s), Same(19) in s, Same(20) in s)
s.discard(Same(5))
s.remove(Same(6))
print(len(s), Same(5) in s, Same(7) in s, sorted(x.v for x in s)[:5])
t = {i * 1024 for i in range(200)} | {i * 2**32 for i in range(200)}
print(len(t), 1024 * 199 in t, 2**32 * 77 in t, 2**32 * 200 in t)
print(len({-1, -2}), -1 in {-2}, -2 in {-1}, len({-1.0, -2.0, -1, -2}))
print(len({2**61 - 1, 0, 2**62 - 2}), 2**61 - 1 in {0}, 0 in {2**61 - 1})
