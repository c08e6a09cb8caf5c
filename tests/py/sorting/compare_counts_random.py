# Many pseudo-random lists (sizes 0..2000, duplicates, sorted stretches, reversed runs): count and fingerprint of every comparison sequence
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % n


class V:
    __slots__ = ("tag", "value")

    def __init__(self, tag, value):
        self.tag = tag
        self.value = value

    def __lt__(self, other):
        global count, fingerprint
        count += 1
        fingerprint = (fingerprint * 1000003 + self.tag * 4099 + other.tag) % 2147483647
        return self.value < other.value


def make(n, shape, hi):
    if shape == 0:
        return [rnd(hi) for i in range(n)]
    if shape == 1:          # sorted with a few swaps
        v = sorted(rnd(hi) for i in range(n))
        for s in range(1 + rnd(10)):
            if n:
                i, j = rnd(n), rnd(n)
                v[i], v[j] = v[j], v[i]
        return v
    if shape == 2:          # natural runs, some reversed
        v = []
        while len(v) < n:
            run = sorted(rnd(hi) for i in range(1 + rnd(300)))
            if rnd(2):
                run.reverse()
            v += run
        return v[:n]
    if shape == 3:          # sawtooth: ascending blocks
        b = 1 + rnd(300)
        return [(i % b) * 3 + i // b for i in range(n)]
    if shape == 4:          # reversed, with ties
        b = 1 + rnd(20)
        return [(n - i) // b for i in range(n)]
    return [i % 7 for i in range(n)]


sizes = [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000, 2000]
for trial in range(44):
    n = sizes[trial] if trial < len(sizes) else rnd(2001)
    shape = rnd(6)
    hi = [2, 10, 1000, 10**9][rnd(4)]
    values = make(n, shape, hi)
    items = [V(i, v) for i, v in enumerate(values)]
    count = fingerprint = 0
    reverse = rnd(3) == 0
    if rnd(3) == 0:     # keys that compare on value // 4, tagged like their items
        result = sorted(items, key=lambda v: V(v.tag, v.value // 4), reverse=reverse)
    else:
        result = sorted(items, reverse=reverse)
    order = 0
    for v in result:
        order = (order * 1000003 + v.tag) % 2147483647
    print(f"n={n:4} shape={shape} hi={hi:<10} reverse={reverse!s:5} comparisons={count:6} "
          f"fingerprint={fingerprint:10} order={order}")
