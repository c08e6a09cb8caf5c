# a BoundedSemaphore refuses to be released more often than it was acquired
import threading

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
r = repr(b)
print(r[:r.index(" at ")], r[r.index(":"):])
print(isinstance(b, threading.Semaphore))
