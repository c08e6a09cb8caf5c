# LifoQueue gives the last item first; PriorityQueue the smallest
import queue

l = queue.LifoQueue()
for x in range(5):
    l.put(x)
print([l.get() for _ in range(5)])
p = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (2, "x"), (9, "z"), (0, "first")]:
    p.put(item)
print([p.get() for _ in range(7)])
shuffled = [17, 3, 99, 42, 8, 15, 4, 23, 16, 1, 64, 2]
p = queue.PriorityQueue()
for x in shuffled:
    p.put(x)
print([p.get() for _ in shuffled] == sorted(shuffled))
