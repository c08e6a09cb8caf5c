# tuple: index and count, immutability, concatenation, comparison, hashing, single-element and empty tuples, tuple() from iterables
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.index(5), t.index(5, 5), t.index(1, 2, 4), t.count(5), t.count(7), len(t))
print((1,), (), tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(3)), type((1)).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2.0), (2,) > (1, 99))
a = (1, 2)
b = a
a += (3,)
print(a, b)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pt'}[(1, 2)])
nested = ([], 'x')
nested[0].append('mutated inside')
print(nested)
x, y = y_x = (10, 20)
print(x, y, y_x, (1, 2, 3)[::-1], (1, 2, 3)[1:])
try:
    (1, 2).index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    hash(([], 1))
except TypeError as e:
    print('TypeError:', e)
