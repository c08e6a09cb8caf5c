# return, break and continue from inside try/except/finally nested in loops; the finally blocks all run in order
def search(grid, target):
    for r, row in enumerate(grid):
        try:
            for c, v in enumerate(row):
                try:
                    if v is None:
                        continue
                    if v == target:
                        return (r, c)
                    if v < 0:
                        break
                finally:
                    print('    cell', r, c)
        finally:
            print('  row', r, 'done')
    return None

grid = [[1, None, 2], [3, -1, 99], [7, 8, 9]]
print(search(grid, 8))
print(search(grid, 42))
def count():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            if n == 5:
                return n
        finally:
            print('  finally n =', n)
print(count())
