# time module errors: sleep's argument checks and the clocks' argument counts, as CPython words them
import time

class Float:
    def __float__(self):
        return 0.01
class BigIndex:
    def __index__(self):
        return 10**30
class BadIndex:
    def __index__(self):
        return "x"
class MyFloat(float):
    pass

cases = [-1, -0.5, -1e-9, -1e-10, MyFloat(-1.0), "x", None, [], (1,), Float(),
         BadIndex(), BigIndex(), float("nan"), float("inf"), float("-inf"), 1e300, -1e300,
         1e10, -1e10, -9.3e9, 10**10, -10**10, 2**63, -2**63, 10**30, -10**30]
for secs in cases:
    try:
        time.sleep(secs)
        print(type(secs).__name__, "slept?!")
    except Exception as e:
        print(type(secs).__name__, type(e).__name__, e)

def show(call):
    try:
        call()
        print("no error?!")
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.sleep())
show(lambda: time.sleep(1, 2))
show(lambda: time.sleep(secs=1))
show(lambda: time.sleep(0, secs=1))
for name in ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns",
             "process_time", "process_time_ns"]:
    f = getattr(time, name)
    show(lambda: f(1))
    show(lambda: f(1, 2))
    show(lambda: f(x=1))
show(lambda: time.nosuch)
