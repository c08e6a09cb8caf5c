# Lesson 1 -- What can be a dictionary key?
#
# The common answer: "any immutable object". Half right.
#
# Truth: a key must be *hashable*: hash(key) gives a number that never
# changes while the key is in the dict, and keys that are equal (==) give
# equal hashes. "Hashable" is not "immutable":
#   - an instance of your own class is mutable, and hashable all the same
#     (by identity) -- until the class defines __eq__ without __hash__;
#   - a tuple is immutable, but unhashable when it holds a list.
# And 1, 1.0 and True are equal and hash alike, so they are ONE key.
#
# How the dict uses the hash: it keeps its entries in insertion order in one
# array, and a sparse table of slots that point into it. A key's hash picks
# the slot where the search starts (hash % number of slots); a slot already
# taken by another key is a collision, and the search probes on. Only a key
# with the SAME hash is compared with ==. (runtime/dict.c explains it all.)
#
# Run next:
#   minipy --trace=dict examples/01_dict_keys.py
#       Every search of every dict and set this program makes: the key, its
#       hash, the slot the search starts at, what each slot holds, every
#       __eq__ call, and the outcome. Look for:
#         - `ages["ada"]`: one line -- the first slot holds the key;
#         - `True` stored into {1: ...}: "same hash, == -> True": it finds
#           the key 1 and replaces its value; the key stays 1;
#         - the Point keys: Point.__eq__ is only called on a same-hash key;
#         - the Badge whose hash changed: the search starts at the WRONG
#           slot and never meets it;
#         - "resize": the table grows when two thirds of it are used.

# --- any hashable object can be a key ---------------------------------------
ages = {"ada": 36, "alan": 41}
print(ages["ada"])
grid = {(0, 0): "origin", (2, 3): "treasure"}      # a tuple of ints: hashable
print(grid[(2, 3)])
coins = {None: "nothing", 3.5: "a float", frozenset({1, 2}): "a frozenset"}
print(coins[frozenset({2, 1})])                  # equal frozensets, same key

# --- the hash of a key, as CPython computes it ---------------------------
print(hash(42), hash(-1), hash(True), hash(None) == hash(None))
print(hash(1.5), hash(2.0) == hash(2), hash((1, 2)))
# (hash(-1) is -2: in CPython's C code -1 means "an error happened")

# --- equal keys are one key: 1 == 1.0 == True ------------------------------
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)                      # {1: 'bool'} -- the first key stays, the value changes
print(len({1, 1.0, True}))    # 1

# --- unhashable: list, dict, set, and a tuple holding a list -----------------
for key in ([1, 2], {"a": 1}, {1, 2}, (1, [2, 3])):
    try:
        {key: "value"}
    except TypeError as e:
        print(type(key).__name__, "->", e)


# --- your own classes -------------------------------------------------------
class Plain:
    """No __eq__, no __hash__: hashable by identity."""


a, b = Plain(), Plain()
plain = {a: "a"}
print(a in plain, b in plain)     # True False: two objects, two keys


class Point:
    """Equal by value, so it must hash by value too."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))     # hash what __eq__ compares


where = {Point(1, 2): "home"}
print(where[Point(1, 2)])                 # a new, equal Point finds it


class OnlyEq:
    """__eq__ without __hash__: Python sets __hash__ to None."""

    def __eq__(self, other):
        return True


print(OnlyEq.__hash__)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("OnlyEq ->", e)


# --- a key that changes after it is stored is lost --------------------------
class Badge:
    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return self.number == other.number

    def __hash__(self):
        return self.number


badge = Badge(7)
owners = {badge: "grace"}
badge.number = 8                  # its hash changes: 7 -> 8
print(badge in owners)            # False: the search starts at the slot of hash 8
print(Badge(7) in owners)         # False: slot of hash 7, but the key there is != now
print(list(owners.values()))      # the entry is still there, unreachable by key

# --- the table grows: insertion order survives --------------------------------
squares = {}
for n in range(6):
    squares[n] = n * n            # the 6th key makes the 8-slot table grow
print(squares)

# --- changing a dict while iterating over it ---------------------------------
try:
    for k in squares:
        squares[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
