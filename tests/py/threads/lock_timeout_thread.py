# acquire(timeout) on a lock another thread holds: False after the timeout, True once it is released
import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()

def holder():
    with lock:
        held.set()
        release.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.acquire(timeout=0.02), lock.acquire(blocking=False), lock.locked())
release.set()
print(lock.acquire(timeout=30))
lock.release()
t.join()
