# what a lock refuses: releasing it unlocked, a timeout without blocking, a negative timeout
import threading
import _thread

lock = threading.Lock()
for attempt in (lambda: lock.release(),
                lambda: lock.acquire(False, 1),
                lambda: lock.acquire(timeout=-2),
                lambda: lock.acquire(1, 2, 3),
                lambda: lock.acquire(foo=1),
                lambda: lock.release(1),
                lambda: lock.locked(1),
                lambda: lock.acquire(timeout="x"),
                lambda: lock.acquire(timeout=1e20),
                lambda: _thread.LockType(),
                lambda: _thread.allocate_lock(1)):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(timeout=-1), lock.locked())
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError, threading.ThreadError)
