# ProcessPoolExecutor (lesson 7): its futures work with wait(),
# as_completed() and done callbacks (called in the parent); result(timeout)
# and map(timeout) raise TimeoutError when the worker is not done in time.
import threading
import time
from concurrent.futures import (ProcessPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, ALL_COMPLETED)


def nap(seconds):
    time.sleep(seconds)
    return seconds


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(cube, i) for i in range(6)]
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done), sorted(f.result() for f in done))
        print(sorted(f.result() for f in as_completed(fs)))

        seen = []
        called = threading.Event()
        f = ex.submit(cube, 5)
        f.add_done_callback(lambda fut: (seen.append(fut.result()), called.set()))
        f.result()
        called.wait(10)     # the callback runs in the pool's thread, maybe just after
        print("callback got", seen)

        slow = ex.submit(nap, 0.5)
        quick = ex.submit(cube, 2)
        done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
        print("first completed:", [f.result() for f in done], len(not_done))
        try:
            slow.result(timeout=0.05)
        except TimeoutError:
            print("result(timeout=0.05): TimeoutError")
        print(slow.result())

        it = ex.map(nap, [0, 0.3], timeout=0.15)
        print(next(it))
        try:
            next(it)
        except TimeoutError:
            print("map(timeout=0.15): TimeoutError on the slow one")
