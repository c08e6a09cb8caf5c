# Lists of one type (int, float, str, tuple, a class) compare the same way as mixed lists: same results, same calls to __lt__, even the second __lt__ call CPython makes when it returns NotImplemented
class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"P{self.v}"

    def __lt__(self, other):
        print(f"  lt {self.v} {other.v}")
        return NotImplemented

    def __gt__(self, other):
        print(f"  gt {self.v} {other.v}")
        return self.v > other.v


class Q(P):
    pass


print("all P:", sorted([P(3), P(1), P(2)]))
print("P and Q:", sorted([P(3), Q(1), P(2)]))
print("tuples of P:", sorted([(P(2), "a"), (P(1), "b")]))
print("tuples of P and Q:", sorted([(P(2), "a"), (Q(1), "b")]))
print("equal first items:", sorted([(1, P(2)), (1, P(1))]))
print("tuples of tuples:", sorted([((P(2),), 1), ((P(1),), 2)]))


class I(int):
    def __lt__(self, other):
        print(f"  I.lt {int(self)} {int(other)}")
        return int(self) < int(other)


print(sorted([I(3), I(1), I(2)]))
print(sorted([I(3), 1, I(2)]))
print(sorted([3, True, 2, False, 2**70, -2**70, 5, -1]))
print(sorted([2**64, 2**63, -2**63, 2**63 - 1, 0, -2**64]))
print(sorted([3.5, 1.0, -0.0, 0.0, float("inf"), -1.0, 1e-300, -float("inf")]))
print(sorted([0.0, -0.0, 0, False, -0.0]))
print(sorted([2.5, 1, 3, 0.5, True]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0, 2.0]))
print(sorted(["b", "a", "é", "ab", "", "z", "€", "😀", "A", "aa", "a\x00"]))
print(sorted(["naïve", "naive", "nao", "na\u0301ve", "NAIVE"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0, "a", 1), (0, "a")]))
print(sorted([(2.5, 1), (1, 2), (True, 3), (1.0, 1)]))
print(sorted([(1, 2), [1, 2], (0, 5)], key=tuple))
print(sorted([[3, 1], [2], [3], [], [2, 0]]))
print(sorted([{1}, {1, 2}, {0}]))
for bad in ([1, "a", 2], [{}, {}], [(1, {}), (1, {})], [(), (1,), None], [1.5, None], [(1, {}), (1, {1: 2})]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([(1, {}), (2, {})]), sorted([(), (1,), ()]))
