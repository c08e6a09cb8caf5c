# four threads add to one counter under a Lock: no update is lost
import threading

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter = counter + 1

ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
