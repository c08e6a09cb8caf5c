# three producers and two consumers share a Queue: every item arrives exactly once
import queue
import threading

q = queue.Queue(maxsize=4)
got = []
lock = threading.Lock()

def producer(base):
    for i in range(50):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            got.append(item)
        q.task_done()

producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(got), sorted(got) == sorted(k * 1000 + i for k in range(3) for i in range(50)))
print(q.unfinished_tasks, q.empty())
