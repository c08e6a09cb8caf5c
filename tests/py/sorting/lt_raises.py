# __lt__ raising after k comparisons: the exception propagates and the list is left as the same permutation CPython leaves (nothing lost or duplicated)
class Stop(Exception):
    pass


budget = [0]


class V:
    __slots__ = ("tag", "value")

    def __init__(self, tag, value):
        self.tag = tag
        self.value = value

    def __lt__(self, other):
        budget[0] -= 1
        if budget[0] == 0:
            raise Stop(f"{self.tag}<{other.tag}")
        return self.value < other.value


def attempt(values, k, reverse=False, key=None):
    lst = [V(i, v) for i, v in enumerate(values)]
    budget[0] = k
    try:
        if key is None:
            lst.sort(reverse=reverse)
        else:
            lst.sort(key=key, reverse=reverse)
        outcome = "finished"
    except Stop as e:
        outcome = f"Stop at {e}"
    tags = [v.tag for v in lst]
    assert sorted(tags) == list(range(len(values)))
    return outcome, tags


small = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
for k in range(1, 25, 3):
    outcome, tags = attempt(small, k)
    print(k, outcome, tags)
for k in (1, 5, 12):
    outcome, tags = attempt(small, k, reverse=True)
    print(k, "reverse", outcome, tags)

# longer lists: the failure hits a merge in progress (merge_lo, merge_hi, galloping)
seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


shapes = {
    "random": [rnd(1000) for i in range(300)],
    "two runs": list(range(0, 400, 2)) + list(range(1, 200, 2)),
    "runs of blocks": [(i % 9) * 50 + i // 9 for i in range(250)],
    "few values": [rnd(3) for i in range(200)],
}
for name, values in shapes.items():
    lst = [V(i, v) for i, v in enumerate(values)]
    budget[0] = -1
    lst.sort()
    total = -1 - budget[0]
    for k in (total // 7, total // 2, total - 3, total):
        for reverse in (False, True):
            outcome, tags = attempt(values, k, reverse)
            checksum = sum(i * t for i, t in enumerate(tags))
            print(f"{name}: {total} comparisons, stop at {k} reverse={reverse}: {outcome} "
                  f"checksum={checksum} head={tags[:8]}")
    outcome, tags = attempt(values, total // 3, False, key=lambda v: V(v.tag, v.value // 4))
    print(f"{name} with key: {outcome} checksum={sum(i * t for i, t in enumerate(tags))}")

# a TypeError from mixed types in the middle of a sort
mixed = [5, 3, 8, 1, "x", 2, 7]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
mixed = [5, 3, 8, 1, 9, 2, 7] * 10 + [None] + [4] * 5
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
