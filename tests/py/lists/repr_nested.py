# repr of nested lists with every element type
print([1, [2, [3, [4, [5]]]]])
print([None, True, False, 0, -1, 1.5, -0.0, 'a', "b'", '', [], (), {}])
print([[1, 2], (3, 4), {5: 6}, 'seven', [8.0]])
x = []
print([x, x, [x]], repr([[[]]]), str([['a']]))
print(list(range(0)), list(range(-3, 3)), [list(range(i)) for i in range(4)])
