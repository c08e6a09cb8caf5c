# Lesson 10 -- How do you write scalable code?
#
# The common answer: "use a set instead of a list, and cache things". Right,
# but know WHY, and when the promise breaks.
#
# Truth: `x in some_list` compares x with the items one by one: n items,
# up to n comparisons. `x in some_set` (or a dict) hashes x, jumps to the
# slot the hash picks and compares only keys with the same hash: about one
# comparison, however big the set.
#
# Truth: that O(1) is an average that depends on the hashes. Give every key
# the same hash and every search walks the whole chain of collisions, one
# __eq__ per key: a dict degrades to a slow list.
#
# This program counts comparisons with a key class whose __eq__ counts its
# calls, so it prints the same numbers under CPython and minipy.
#
# Run next:
#   minipy --trace=dict examples/10_scaling.py 2>&1 | grep -E '^(search|stats)'
#       Every `in` on a list or tuple is one "search" line with the number
#       of items it compared; at the very end, "stats" sums what all the
#       program's tables cost: lookups, probes, comparisons, resizes.
#       (sys.getstats() returns the same numbers while the program runs;
#       it is minipy's own, CPython has no such function.)
#   minipy --trace=dict examples/10_scaling.py 2>&1 | grep -A3 '^lookup.*<Same'
#       `table[Same(2)]`, a lookup among constant hashes: every probe lands
#       on a key with the same hash, so every probe costs a Same.__eq__ call.

comparisons = 0


class Key:
    """An int-like key that counts how often it is compared."""

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        global comparisons
        comparisons += 1
        return self.n == other.n

    def __hash__(self):
        return hash(self.n)


def count(action):
    """Run action() and return how many comparisons it made."""
    global comparisons
    comparisons = 0
    action()
    return comparisons


# --- membership: list versus set ------------------------------------------------
print("x in list versus x in set (comparisons for one search of the last item):")
for n in (10, 100, 1000):
    items = [Key(i) for i in range(n)]
    as_list = list(items)
    as_set = set(items)
    wanted = Key(n - 1)            # a new object, equal to the last item
    in_list = count(lambda: wanted in as_list)
    in_set = count(lambda: wanted in as_set)
    print(f"  n = {n:>4}:  list {in_list:>4}   set {in_set}")

# Searching a list inside a loop multiplies: n searches of n items.
n = 300
names = [Key(i) for i in range(n)]
queries = [Key(i) for i in range(0, 2 * n, 2)]     # half of them are absent
slow = count(lambda: sum(1 for q in queries if q in names))
lookup = set(names)
fast = count(lambda: sum(1 for q in queries if q in lookup))
print(f"{len(queries)} queries: list {slow} comparisons, set {fast}")


# --- a bad __hash__: every key collides ------------------------------------------
class Same(Key):
    def __hash__(self):
        return 42                  # legal (equal keys hash alike), but useless


print("building a dict of n keys:")
for n in (100, 200, 400):
    good = count(lambda: {Key(i): i for i in range(n)})
    bad = count(lambda: {Same(i): i for i in range(n)})
    print(f"  n = {n}:  good hash {good} comparisons, constant hash {bad}")
# About n*n/2: doubling n quadruples the work -- the dict has become a list.

table = {Same(i): i for i in range(5)}
print("one lookup among 5 colliding keys:", count(lambda: table[Same(2)]), "comparisons")


# --- caching a computed result -----------------------------------------------------
calls = 0


def fib(k):
    global calls
    calls += 1
    return k if k < 2 else fib(k - 1) + fib(k - 2)


print("fib(20) =", fib(20), "with", calls, "calls")


def memo(function):
    """Remember each result in a dict keyed by the argument."""
    cache = {}

    def wrapper(k):
        if k not in cache:
            cache[k] = function(k)
        return cache[k]

    wrapper.cache = cache
    return wrapper


@memo
def fast_fib(k):
    global calls
    calls += 1
    return k if k < 2 else fast_fib(k - 1) + fast_fib(k - 2)


calls = 0
print("memoized fib(20) =", fast_fib(20), "with", calls, "calls")
calls = 0
print("again:", fast_fib(20), "with", calls, "calls;", len(fast_fib.cache), "results cached")
