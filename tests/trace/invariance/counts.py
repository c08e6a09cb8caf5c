# What a program can measure about its own run must not change when it is
# watched (tests/support/run_traced.c runs this untraced and under every
# --trace category and compares). Lines starting with "getstats" may differ
# only under dict:all, which widens what sys.getstats() counts.
import gc
import sys

gc.collect()
print("gc counts after collect", gc.get_count())

data = [1, 2, 3]
alias = data
print("refcount of a list with two names", sys.getrefcount(data))
del alias
print("after del", sys.getrefcount(data))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


table = {}
for i in range(50):
    table[Point(i, i % 7)] = i
print("lookups found", sum(1 for i in range(50) if Point(i, i % 7) in table))
print("getstats", sorted(sys.getstats().items()))

words = {w: [len(w)] for w in "the quick brown fox jumps over the lazy dog".split()}
print("getstats", sorted(sys.getstats().items()))
print("refcount of a dict value", sys.getrefcount(words["quick"]))

a = object()
b = a
print("same object, same id", id(a) == id(b))


def make():
    cell = []
    return lambda: cell


f = make()
print("closure cell refcount", sys.getrefcount(f.__closure__[0]))
print("gc counts", gc.get_count())
x = [[i] for i in range(100)]
print("gc counts", gc.get_count())
del x
print("getstats", sorted(sys.getstats().items()))
