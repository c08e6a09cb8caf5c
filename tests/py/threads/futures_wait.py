# as_completed() and wait() over a set of futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION
import threading

gate = threading.Event()

def slow(x):
    gate.wait()
    return x

def bad():
    raise ValueError("bad")

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    blocked = ex.submit(slow, 1)
    done, not_done = wait([blocked], timeout=0.01)
    print(len(done), len(not_done))
    e = ex.submit(bad)
    done, not_done = wait([e, blocked], return_when=FIRST_EXCEPTION)
    print([f is e for f in done], len(not_done))
    done, not_done = wait([e, blocked], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    gate.set()
    print(blocked.result())
print(ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)
