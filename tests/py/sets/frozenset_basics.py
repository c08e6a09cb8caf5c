# frozenset: immutable, hashable (usable as a dict key or set member), frozenset(f) is f, results follow the left operand's type
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, 5 in f, type(f).__name__)
print(frozenset(), frozenset(''), frozenset('aab') == frozenset('ab'), repr(frozenset([1])))
print(frozenset(f) is f, f.copy() is f, frozenset() is frozenset(), frozenset(set(f)) == f)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__, type({1} - f).__name__)
print(f | {9}, f & {1, 2}, f - {1}, f ^ {1, 7}, f.union([4]), f.intersection(range(2)))
d = {f: 'three', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()], {f, frozenset([1, 2, 3]), frozenset()})
nested = frozenset([frozenset([1]), frozenset([2]), frozenset([1])])
print(nested, len(nested), frozenset([1]) in nested)
print(hasattr(f, 'add'), hasattr(f, 'union'), hasattr(set(), 'add'))
print({1} in {frozenset({1})}, {frozenset({1}), 2} - {2})
s = {frozenset({1, 2}), 3}
s.remove({1, 2})
s.discard({3})
print(s)
