# a container class: __len__, __contains__, __getitem__, __setitem__, __delitem__ used by len, in, [] and del
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell out of grid')
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, value):
        print('  set', pos, value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print('  del', pos)
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
    def render(self):
        return '\n'.join(''.join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = '#'
g[3, 2] = '@'
g[1, 1] = '#'
print(len(g), '@' in g, '$' in g, '$' not in g)
print(g.render())
del g[0, 0]
print(len(g))
print(g.render())
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[2, 2]
except KeyError as e:
    print('KeyError:', e)
