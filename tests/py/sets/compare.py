# comparisons are subset tests: < <= > >= on sets and frozensets; == ignores order and type; a list is never equal to a set
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= a, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print({1, 2} == frozenset({2, 1}), frozenset({1}) == {1}, {1, 2} != {1, 3}, {1} < {2}, {1} > {2})
print(set() < {0}, set() == frozenset(), {1} == [1], {1} != [1], [1] == {1})
print({1, 2.0, True} == {1.0, 2}, {(1, 2)} == {(1.0, 2.0)}, {'a'} == {'a', 'a'})
print(frozenset({1, 2}) < frozenset({1, 2, 3}), frozenset() <= set(), {3} >= frozenset())
nan = float('nan')
s = {nan}
print(nan in s, float('nan') in s, s == {nan}, s == {float('nan')})
print(sorted([{3}, {1, 2}, {2}, set()], key=len), max({1, 5, 3}), min(frozenset('cab')))
