# assigning the wrong number of items to an extended slice
grid = list(range(10))
grid[::2] = 'abcde'
print(grid)
grid[1::2] = [0, 0]
