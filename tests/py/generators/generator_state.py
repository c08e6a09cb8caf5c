# each call makes an independent generator with its own locals; generators keep state between next() calls
def numbered(prefix):
    n = 0
    while True:
        n += 1
        yield prefix + str(n)
a = numbered('a')
b = numbered('b')
print(next(a), next(a), next(b), next(a), next(b))
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter('abc'), iter([1]), iter('XY'))))
