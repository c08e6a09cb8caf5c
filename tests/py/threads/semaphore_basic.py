# a Semaphore counts: acquire() takes one (or waits), release(n) gives n back
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
s.release()
with s:
    print("inside", s.acquire(False))
r = repr(threading.Semaphore(3))
print(r[:r.index(" at ")], r[r.index(":"):])
