# an uncaught KeyError whose key is a tuple and one whose key is a string: the repr of the key is the message
grid = {(0, 0): 'origin'}
print(grid[0, 0])
print(grid[1, 2])
