# Specialised subscripts and unpacking: lists, tuples and dicts, and what
# arrives when the guard fails.
def pick(seqs, i):
    return [s[i] for s in seqs]

lists = [[1, 2, 3]] * 20
print(pick(lists, 1)[-1])
print(pick(lists, -1)[-1])
print(pick([(4, 5, 6)] * 3 + ["xyz", range(10)], 2))
print(pick([[1, 2]] * 20 + [[1, 2]], True))
try:
    pick(lists, 3)
except IndexError as e:
    print("IndexError:", e)
try:
    pick([(1,)], 5)
except IndexError as e:
    print("IndexError:", e)
try:
    pick([[1]], 2 ** 70)
except IndexError as e:
    print("IndexError:", e)

def lookup(d, keys):
    return [d[k] for k in keys]

d = {i: i * i for i in range(20)}
print(lookup(d, range(20))[-1])
try:
    lookup(d, [1] * 20 + [99])
except KeyError as e:
    print("KeyError:", e)

class Default(dict):
    def __missing__(self, key):
        return "missing " + repr(key)

def lookup_in(ds, k):
    return [x[k] for x in ds]
print(lookup_in([d] * 20 + [Default(), {3: 'plain'}], 3)[-3:])
try:
    lookup_in([d] * 20 + [{}], [1])
except TypeError as e:
    print("TypeError:", e)

def store(seqs, i, v):
    for s in seqs:
        s[i] = v

a = [0, 0, 0]
store([a] * 20, 1, "x")
store([a], -1, "y")
print(a)
try:
    store([a], 3, "z")
except IndexError as e:
    print("IndexError:", e)
try:
    store([a, (1, 2)], 0, "w")
except TypeError as e:
    print("TypeError:", e)
dd = {}
store([dd] * 20 + [Default()], "k", 1)
print(dd)
try:
    store([dd] * 20 + [dd], [], 1)
except TypeError as e:
    print("TypeError:", e)

def pairs(items):
    out = []
    for k, v in items:
        out.append(k + v)
    return out

print(pairs([(1, 2)] * 20)[-1])
print(pairs([(1, 2)] * 20 + [[3, 4], "ab", (5, 6)])[-3:])
try:
    pairs([(1, 2)] * 20 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    pairs([(1, 2)] * 20 + [(1,)])
except ValueError as e:
    print("ValueError:", e)
