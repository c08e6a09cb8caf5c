# names refer to lists, they don't contain them: aliasing, copies, and the [[0] * 3] * 3 pitfall
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c, a is c, a == c[:4])
grid = [[0] * 3] * 3
grid[0][0] = 'X'
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 'X'
print(grid)
def add_item(lst):
    lst.append('added')
add_item(a)
print(a)
def rebind(lst):
    lst = ['new']
    return lst
print(rebind(a), a)
