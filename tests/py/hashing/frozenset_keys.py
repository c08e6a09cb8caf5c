# frozensets are dict keys and set members; a set looked up in a set of frozensets is compared as a frozenset
d = {frozenset({1, 2}): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1}) in d)
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}))
s = {frozenset({1, 2}), frozenset({3})}
print({1, 2} in s, {3} in s, {4} in s, set() in s)
s.discard({3})
print(len(s), sorted(sorted(f) for f in s))
s.remove({1, 2})
print(len(s))
nested = frozenset({frozenset({1}), frozenset({1.0}), frozenset({True})})
print(len(nested))
fs = frozenset({1, 2, 3})
print(fs | {4} == {1, 2, 3, 4}, type(fs | {4}).__name__, hash(fs & {1, 2}) == hash(frozenset({1, 2})))
