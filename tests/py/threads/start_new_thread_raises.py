# _thread.start_new_thread: an exception in the thread is reported as "Exception ignored in thread started by"
import _thread
import threading

done = threading.Event()

def boom():
    try:
        raise ZeroDivisionError("in the thread")
    finally:
        done.set()

_thread.start_new_thread(boom, ())
done.wait()
lock = _thread.allocate_lock()
lock.acquire()

def ok(a, b, c=0):
    print("ok", a, b, c)
    lock.release()

_thread.start_new_thread(ok, (1, 2), {"c": 3})
lock.acquire()
for bad in ((1, ()), (ok, 1), (ok, (), 1), (ok,)):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
# wait until both threads have ended (and boom's report is written)
import time
while _thread._count():
    time.sleep(0.01)
