# collections.deque: both ends, maxlen, rotate, indexing, insert/remove/count/index, reprs, comparisons, errors, a BFS
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d, list(reversed(d)), 'a' in d, 9 in d, d.count('a'), d.index('a'))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d)); print(d)
d[1] = 'ONE'; del d[0]
print(d, d.index(3, 1), d.index('b', -2))
d.insert(1, 'ins'); d.insert(-1, 'neg'); d.insert(100, 'end'); d.remove('ONE')
print(d)
d.reverse(); print(d)
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10); print(bounded)
bounded.appendleft(-1); print(bounded)
bounded.extend([20, 21]); print(bounded)
print(deque('abc', 0), deque(maxlen=None), deque(), deque(range(3)) + deque([9]), deque([1, 2], 3) * 2, 2 * deque([7]))
e = deque([1, 2]); e += 'xy'; e *= 2; print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque() != deque([0]))
print(bool(deque()), bool(deque([0])), deque([1, 2]).copy(), deque([1, [2]], 5).copy())
cleared = deque([1, 2]); cleared.clear(); print(cleared, len(cleared))
again = deque([1, 2], maxlen=2); again.__init__([5]); print(again, again.maxlen)
nested = deque([1]); nested.append(nested); print(nested)
class Queue(deque):
    pass
print(Queue([1, 2], 4), type(Queue() + Queue()).__name__, deque.__name__, deque.__module__, deque)
for call in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
             lambda: deque([1])[-2], lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        call()
    except IndexError as e:
        print('IndexError:', e)
for call in (lambda: deque([1]).remove(5), lambda: deque([1]).index(5), lambda: deque(maxlen=-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
for call in (lambda: deque([1])[1:2], lambda: deque([1])['0'], lambda: hash(deque()),
             lambda: deque(1), lambda: deque([1]) + [2], lambda: deque([1]) < [2], lambda: deque(maxlen='3')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    deque([1]).maxlen = 3
except AttributeError as e:
    print('AttributeError:', e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)

def bfs(grid, start, goal):
    """Shortest path length on a grid of '.' and '#', moving 4 ways."""
    rows, cols = len(grid), len(grid[0])
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        (r, c), dist = queue.popleft()
        if (r, c) == goal:
            return dist
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == '.' and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), dist + 1))
    return -1
maze = ['..#....',
        '.##.##.',
        '....#..',
        '#.#...#',
        '...#...']
print(bfs(maze, (0, 0), (4, 6)), bfs(maze, (0, 0), (0, 3)))
window = deque(maxlen=3)
print([(window.append(x), sum(window))[1] for x in [5, 1, 4, 2, 8]])
big = deque()
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total)
