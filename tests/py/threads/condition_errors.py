# wait() and notify() need the condition's lock held
import threading

for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    for op in (cond.wait, cond.notify, cond.notify_all):
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError:", e)
cond = threading.Condition(threading.Lock())
print(cond.acquire(), cond.acquire(False))
cond.release()
with cond:
    cond.notify()
    cond.notify(5)
    cond.notify_all()
print("ok")
