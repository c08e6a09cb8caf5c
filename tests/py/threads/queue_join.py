# Queue.join() waits until every item got has been marked task_done()
import queue
import threading

q = queue.Queue()
log = []

def worker():
    while True:
        item = q.get()
        log.append(item * item)
        q.task_done()

t = threading.Thread(target=worker, daemon=True)
t.start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(log))
print(q.unfinished_tasks)
