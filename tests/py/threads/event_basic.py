# an Event: set(), clear(), is_set(), and wait() with and without a timeout
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0.001))
r = repr(e)
print(r[:r.index(" at ")], r[r.index(":"):])
e.set()
r = repr(e)
print(r[r.index(":"):])
