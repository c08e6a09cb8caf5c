# queue.SimpleQueue: put, get, get with a timeout, empty, qsize
import queue
import threading

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
for i in range(3):
    s.put(i)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1))
for bad in (lambda: s.get(False), lambda: s.get(timeout=0.01), lambda: s.get_nowait()):
    try:
        bad()
    except queue.Empty:
        print("Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
results = []

def consume():
    results.append(s.get())

t = threading.Thread(target=consume)
t.start()
s.put("hello")
t.join()
print(results, s.empty())
print(type(s).__module__, type(s).__name__)
