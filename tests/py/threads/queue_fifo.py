# queue.Queue: first in, first out; qsize, empty, full, maxsize
import queue

q = queue.Queue(maxsize=3)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for x in "abc":
    q.put(x)
print(q.empty(), q.full(), q.qsize())
print([q.get() for _ in range(3)])
q.put_nowait(1)
print(q.get_nowait(), q.empty())
u = queue.Queue()
for i in range(100):
    u.put(i)
print(u.full(), u.qsize(), sum(u.get() for _ in range(100)))
