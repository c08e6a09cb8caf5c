# submit() returns a Future: result(), exception(), done(), and callbacks when it is done
from concurrent.futures import ThreadPoolExecutor
import threading

def work(x, scale=1):
    return x * scale

def fail():
    raise KeyError("nope")

calls = []
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(work, 21, scale=2)
    g = ex.submit(fail)
    print(f.result(), f.exception(), f.done(), f.cancelled(), f.running())
    print(repr(g.exception()), g.done())
    try:
        g.result()
    except KeyError as e:
        print("KeyError:", e)
    f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
    h = ex.submit(work, 5)
    h.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
    h.result()
print(sorted(calls))
r = repr(f)
print(r[:r.index(" at ")], r[r.index(" state"):])
r = repr(g)
print(r[r.index(" state"):])
print(f.cancel(), f.cancelled())
