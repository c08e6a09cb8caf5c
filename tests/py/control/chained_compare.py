# chained comparisons: a < b < c means a < b and b < c, with b evaluated once and short-circuit after the first False
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(3) == v(3))
print(v(1) == v(1) != v(2))
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == x, 1 < 3 > 2, x is not None is not False)
print(1 < 2 in [2, 3], 'a' in 'abc' in ['abc'], 3 > 2 > 1 > 0 > -1)
