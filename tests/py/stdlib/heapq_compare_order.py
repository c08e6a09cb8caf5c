# heapq calls __lt__ in CPython's order (logged), and a __lt__ that changes the heap's length raises RuntimeError
import heapq

log = []
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, Item(v))
print(h, log)
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
print(heapq.heapreplace(h, Item(7)), h, log)
log.clear()
print(heapq.heappushpop(h, Item(4)), heapq.heappushpop(h, Item(0)), h, log)
log.clear()
data = [Item(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5]]
heapq.heapify(data)
print(data, len(log), log[:6])
log.clear()
print(heapq.nsmallest(2, [Item(v) for v in [5, 1, 4]]), heapq.nlargest(2, [Item(v) for v in [5, 1, 4]]), len(log))

class Evil:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
heap = [1, 2]
heap.append(Evil(heap))
try:
    heapq.heapify(heap)
    heapq.heappush(heap, 0)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ':', e, len(heap))
heap = []
heapq.heappush(heap, Evil(heap))
try:
    heapq.heappush(heap, Evil(heap))
except RuntimeError as e:
    print('RuntimeError:', e, len(heap))
class Boom:
    def __lt__(self, other):
        raise ValueError('no order')
h2 = [Boom()]
try:
    heapq.heappush(h2, Boom())
except ValueError as e:
    print('ValueError:', e, len(h2))
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print('TypeError:', e)
