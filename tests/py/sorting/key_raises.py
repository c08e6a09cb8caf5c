# A key function that raises: the exception propagates, the list is left exactly as it was (also with reverse=True), and no comparison is made
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("compared!")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


def failing_at(n):
    seen = []

    def key(x):
        seen.append(x.v)
        if len(seen) == n:
            raise KeyError(f"no key for {x!r}")
        return x.v
    return key, seen


for n in (1, 3, 6):
    for reverse in (False, True):
        lst = [Loud(v) for v in (5, 1, 4, 2, 3, 0)]
        key, seen = failing_at(n)
        try:
            lst.sort(key=key, reverse=reverse)
        except KeyError as e:
            print(f"at {n} reverse={reverse}: KeyError {e}; keys computed for {seen}; list {lst}")

# sorted() with a failing key: nothing is returned
try:
    print(sorted("hello", key=int))
except ValueError as e:
    print("ValueError:", e)
# a key that is not callable fails on the first item only
try:
    sorted([1, 2], key=3)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], key=3), sorted([], key=None))
# the key of an exception-raising comparison on the keys
try:
    sorted([1, 2, 3], key=lambda x: [x, {}] if x != 2 else [x, 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=lambda x: [x, {}]))
