# threads waiting on an Event all go on when it is set
import threading

start = threading.Event()
arrived = threading.Semaphore(0)
order = []
lock = threading.Lock()

def runner(i):
    arrived.release()
    start.wait()
    with lock:
        order.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
print(len(order))
start.set()
for t in ts:
    t.join()
print(sorted(order))
