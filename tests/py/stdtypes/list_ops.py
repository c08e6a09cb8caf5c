# list operators: + * += *= == < in, del, len, comparisons element by element, identity vs equality, nested lists
a = [1, 2]
b = a + [3]
print(a, b, a * 2, 2 * a, [] * 5)
c = a
c += [9]
print(a, c is a)
c *= 2
print(a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [[1]] < [[1, 0]], [1, 'a'] == [1, 'a'], [1] == (1,))
print(3 in [1, 2, 3], [3] in [[3]], 'a' not in ['ab'])
del a[0]
print(a)
del a[-1], a[0]
print(a)
row = [0] * 3
board = [row] * 2
board[0][0] = 'X'
print(board)
board = [[0] * 3 for _ in range(2)]
board[0][0] = 'X'
print(board)
print(len([[], [], []]), list('abc'), list(range(3)), list((1, 2)), list({'k': 1}))
