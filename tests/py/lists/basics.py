# list literals, nesting, indexing, len, in, + and *, and lexicographic comparison
a = [1, 2, 3]
b = ['x', [4, 5], (6,), None]
print(a, b, [], [[]], len(a), len(b), len([]), len([[]]))
print(a[0], a[-1], b[1][0], b[1][-1], b[2][0])
print(2 in a, 5 in a, [4, 5] in b, 'x' not in b, None in b)
print(a + [4], a + [], [] + [], a * 2, [0] * 5, 2 * [None], [[0]] * 3, a * 0, a * -1)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [3]] < [[1, 2], [4]], ['a', 'b'] < ['a', 'c'], [1, 2, 3] >= [1, 2, 3])
a[1] = 'two'
a[-1] = [3]
print(a)
print(list('abc'), list(range(4)), list((1, 2)), list(), list([1, [2]]))
