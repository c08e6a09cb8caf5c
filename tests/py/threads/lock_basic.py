# a Lock: acquire, release, locked, a non-blocking try and a timeout that expires
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked(), lock.acquire(timeout=1), lock.locked())
lock.release()
print(type(lock).__name__, type(lock) is threading.Lock().__class__)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
r = repr(lock)
print(r[:r.index(" at ")])
lock.acquire()
r = repr(lock)
print(r[:r.index(" at ")])
print(lock.acquire_lock(False), lock.locked_lock())
lock.release_lock()
print(lock.locked())
