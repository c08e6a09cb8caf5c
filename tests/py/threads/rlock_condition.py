# a Condition over an RLock held twice: wait() lets go of both levels and takes both back
import threading

lock = threading.RLock()
cond = threading.Condition(lock)
state = []

def notifier():
    with cond:
        state.append("notifier got the lock")
        cond.notify()

with lock:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        cond.wait()
        state.append("waiter back, owns it: %s" % lock._is_owned())
        s = repr(lock)
        state.append("count=2" in s)
t.join()
print(state)
print(lock._is_owned())
