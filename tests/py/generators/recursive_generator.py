# recursive generators: permutations, subsets and a tree walk written with yield from
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
def walk(d, path=''):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, path + k + '/')
        else:
            yield path + k, v
print([''.join(p) for p in permutations('abc')])
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(walk({'etc': {'hosts': 1, 'ssh': {'config': 2}}, 'tmp': 3})))
