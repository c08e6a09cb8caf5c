# Comparisons of lists longer than minrun: runs, binary insertion, merge_lo/merge_hi, galloping and the powersort merge order, printed in full
log = []


class V:
    __slots__ = ("tag", "value")

    def __init__(self, tag, value):
        self.tag = tag
        self.value = value

    def __lt__(self, other):
        log.append(f"{self.tag}<{other.tag}")
        return self.value < other.value


def show(title, values, reverse=False):
    items = [V(i, v) for i, v in enumerate(values)]
    log.clear()
    items.sort(reverse=reverse)
    print(f"== {title}: n={len(values)} comparisons={len(log)}")
    for start in range(0, len(log), 16):
        print(" ".join(log[start:start + 16]))
    print("order:", " ".join(str(v.tag) for v in items))


# 65 items: minrun 33, two runs made by binary insertion, one merge
show("65 shuffled", [(i * 37) % 65 for i in range(65)])
# a long ascending run followed by a short one: the merge gallops
show("sorted then a few small", list(range(100)) + [5, 50, 0, 99])
# a short run followed by a long one: merge_lo
show("a few large then sorted", [97, 98, 50] + list(range(100)))
# a strictly descending run is reversed in place
show("descending 80", list(range(80, 0, -1)))
# descending with ties is several runs, not one
show("descending pairs", [i // 2 for i in range(90, 0, -1)])
# interleaved blocks: alternating winners, in and out of galloping mode
show("interleaved blocks", [(i % 10) * 100 + (i // 10) for i in range(130)])
show("block swap", list(range(70, 140)) + list(range(70)))
# four natural runs of different lengths: powersort decides the merge order
show("four runs", list(range(0, 200, 2)) + list(range(1, 41, 2)) + list(range(300, 230, -1)) + list(range(5, 60)))
show("ties everywhere", [i % 3 for i in range(150)])
show("ties everywhere, reverse", [i % 3 for i in range(150)], reverse=True)
