# frozenset: immutable and hashable (usable as a dict key and set member); mixed operations take the type of the left operand
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
s = {2, 3, 4}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__)
print(sorted(f | s), sorted(f ^ s), f == frozenset({1, 2, 3}), f == {1, 2, 3})
graph = {frozenset(['a', 'b']): 5, frozenset(['b', 'c']): 7}
print(graph[frozenset(['b', 'a'])])
groups = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(groups), frozenset() in groups)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), f.issubset(range(5)), f.union([9]) - f)
print(sorted(f.copy()), f.copy() is f, frozenset(f) is f)
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
nested = {frozenset([frozenset([1])])}
print(len(nested))
