# tuple comparison is lexicographic, element by element, and shorter prefixes sort first
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((2,), (1, 99)), ((), (0,)), ((1, 'a'), (1, 'b')),
         ((1, 2), (1, 2)), ((1.0, 2), (1, 2)), ((0, (1, 2)), (0, (1, 3)))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (3, 0)))
