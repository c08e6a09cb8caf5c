# a Future's life without an executor: pending, running, cancelled, finished
import concurrent.futures as cf

def state(f):
    r = repr(f)
    return r[r.index("state="):-1]

f = cf.Future()
print(state(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0)
except cf.TimeoutError:
    print("TimeoutError")
print(f.cancel(), state(f), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
print(f.set_running_or_notify_cancel())
g = cf.Future()
print(g.set_running_or_notify_cancel(), state(g), g.running(), g.cancel())
g.set_result([1, 2])
print(state(g), g.result(), g.exception())
h = cf.Future()
h.set_exception(OSError(2, "gone"))
print(state(h), repr(h.exception()))
try:
    h.result()
except OSError as e:
    print("OSError:", e)
