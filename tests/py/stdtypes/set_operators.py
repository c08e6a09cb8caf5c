# set operators | & - ^ and their in-place forms, comparisons <, <=, >, >=, ==, membership; operators need sets, methods take any iterable
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} < {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} == {1.0})
print({1, 2} < {3}, {3} < {1, 2}, {1, 2} == {2, 1}, 3 in a, 7 not in a)
c = {1, 2}
alias = c
c |= {3}
c &= {1, 3, 5}
c -= {1}
c ^= {7}
print(sorted(c), alias is c)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError:', e)
print(sorted({1}.union([2])))
print(sorted({n for n in range(10)} - {n for n in range(0, 10, 3)}))
