# assignment never copies; slicing, list(), dict(), set() and .copy() make shallow copies; nested objects stay shared
original = [[1, 2], [3]]
alias = original
sliced = original[:]
listed = list(original)
copied = original.copy()
original.append([4])
original[0].append('shared')
print(alias, sliced, listed, copied, sep='\n')
print(alias is original, sliced is original, sliced[0] is original[0])
d = {'k': [1]}
d2 = dict(d)
d3 = d.copy()
d['new'] = 1
d['k'].append(2)
print(d2, d3)
def deep(x):
    if isinstance(x, list):
        return [deep(v) for v in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
tree = {'a': [1, [2]], 'b': {'c': [3]}}
clone = deep(tree)
tree['a'][1].append('only in tree')
print(tree, clone, sep='\n')
def mutate(lst, n):
    lst.append('arg mutated')
    n += 1
    return n
nums = []
count = 0
print(mutate(nums, count), nums, count)
