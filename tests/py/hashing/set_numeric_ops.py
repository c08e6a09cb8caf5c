# set algebra uses hash and ==: 1, 1.0 and True are one member; the left operand's objects are kept
a = {1, 2, 3}
b = {1.0, 2.5, True, 3.0}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), len(b))
print([type(x).__name__ for x in sorted(a & b)], [type(x).__name__ for x in sorted(b & a)])
print(a <= {1.0, 2.0, 3.0, 4.0}, {True} < a, a.isdisjoint({4.0, 5}), {0} == {False} == {0.0})
c = set()
for x in [1, 1.0, True, 2, 2.0, (1, 2), (1.0, 2.0), frozenset({1}), frozenset({1.0})]:
    c.add(x)
print(len(c), sorted(type(x).__name__ for x in c))
print(frozenset({1, 2}) == frozenset({1.0, 2.0}), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
