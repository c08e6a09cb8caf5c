# sorted() of generators and other iterables: the iterable is consumed first, a new list comes back, key and reverse apply
def gen(n):
    for i in range(n):
        print(f"  yield {i}")
        yield (i * 7) % n


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


print(sorted(gen(5)))
print(sorted(Loud(x) for x in gen(4)))
print(sorted((x * x for x in range(-3, 4)), reverse=True))
print(sorted(map(abs, [-5, 3, -1])), sorted(filter(None, [0, 3, 0, 1, 2])))
print(sorted(zip([3, 1, 2], "abc")), sorted(enumerate("cab"), key=lambda p: p[1]))
print(sorted("minipy"), sorted("minipy", reverse=True), sorted(""))
print(sorted(range(10, 0, -3)), sorted(reversed([1, 3, 2])), sorted(iter([2, 1])))
print(sorted({3, 1, 2}), sorted(frozenset({5, 4})), sorted((3.5, -1, 2)))
d = {"pear": 3, "apple": 1, "fig": 2}
print(sorted(d), sorted(d.values()), sorted(d.items()), sorted(d, key=d.__getitem__))
print(sorted(d.keys(), key=len, reverse=True))
# a fresh list every time, even from a list
src = [2, 1]
out = sorted(src)
print(out, src, out is src, type(out).__name__)
# an exhausted generator sorts to []
g = gen(3)
print(sorted(g), sorted(g))


# a generator that fails part way: no sort happens
def failing():
    yield 2
    yield 1
    raise OSError("disk gone")


try:
    sorted(failing())
except OSError as e:
    print("OSError:", e)
# the iterable is not iterable
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
# keywords only
try:
    sorted([1], None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
