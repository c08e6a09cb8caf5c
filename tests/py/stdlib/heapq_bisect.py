# heapq (push/pop/heapify/replace/pushpop, nlargest/nsmallest with key, merge) and bisect (left/right, insort, key=, lo/hi)
import heapq, bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 6), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
nums = [3, 41, 5, 23, 7, 41, 2, 19, 3]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(20, nums), heapq.nlargest(0, nums))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19), ('ed', 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]), heapq.nlargest(2, iter(nums)))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge(['a', 'cc'], ['bbb'], key=len)),
      list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))
def dijkstra(graph, source):
    dist = {source: 0}
    queue = [(0, source)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist
g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)],
     'd': [('e', 6)], 'e': [], 'f': [('e', 9)]}
print(sorted(dijkstra(g, 'a').items()))
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        call()
    except IndexError as e:
        print('IndexError:', e)
for call in (lambda: heapq.heappush((), 1), lambda: heapq.heapify('abc'), lambda: heapq.heappop({})):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 5, hi=2))
b = [10, 30]
bisect.insort(b, 20); bisect.insort_left(b, 30); bisect.insort_right(b, 5); print(b)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
