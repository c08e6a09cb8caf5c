# Large lists: 30,000 ints, strings, floats and tuples, sorted, reversed and nearly sorted input; results checked against counting and against each other
seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def is_sorted(xs):
    return all(xs[i] <= xs[i + 1] for i in range(len(xs) - 1))


N = 30000
ints = [rnd(1000000) - 500000 for i in range(N)]
s = sorted(ints)
print("ints:", is_sorted(s), s[0], s[N // 2], s[-1], sum(s) == sum(ints))
r = sorted(ints, reverse=True)
print("reverse:", r == s[::-1])
# duplicates: the result must hold each value as often as the input
few = [rnd(100) for i in range(N)]
counts = [0] * 100
for x in few:
    counts[x] += 1
expected = []
for v in range(100):
    expected += [v] * counts[v]
print("few values:", sorted(few) == expected)
print("already sorted:", sorted(s) == s, "reversed input:", sorted(r) == s)
nearly = list(s)
for i in range(30):
    a, b = rnd(N), rnd(N)
    nearly[a], nearly[b] = nearly[b], nearly[a]
print("nearly sorted:", sorted(nearly) == s)
big = [x * 10**20 + i for i, x in enumerate(ints[:20000])]
print("big ints:", is_sorted(sorted(big)))
floats = [x / 7.0 for x in ints]
print("floats:", sorted(floats) == [x / 7.0 for x in s])
strs = [str(x) for x in ints[:10000]]
ss = sorted(strs)
print("strings:", is_sorted(ss), ss[0], ss[-1], len(ss))
tuples = [(x % 100, -x, str(x)) for x in ints[:10000]]
st = sorted(tuples)
print("tuples:", is_sorted(st), st[0], st[-1])
# stability on a large list with a key: the index is the tie-breaker
pairs = sorted(range(N), key=lambda i: few[i])
print("stable:", all(few[pairs[i]] < few[pairs[i + 1]] or pairs[i] < pairs[i + 1] for i in range(N - 1)))
pairs = sorted(range(N), key=lambda i: few[i], reverse=True)
print("reverse stable:", all(few[pairs[i]] > few[pairs[i + 1]] or pairs[i] < pairs[i + 1] for i in range(N - 1)))
