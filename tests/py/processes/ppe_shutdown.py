# ProcessPoolExecutor (lesson 7): shutdown(wait=True) waits for the calls
# given; shutdown(cancel_futures=True) cancels those not handed out yet
# (one running per worker, max_workers + 1 waiting for one); after shutdown,
# submit() raises RuntimeError; bad arguments raise ValueError/TypeError.
import time
from concurrent.futures import ProcessPoolExecutor, CancelledError


def slow(x):
    time.sleep(0.3)
    return x


def quick(x):
    return -x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    futures = [ex.submit(slow, 0), ex.submit(slow, 1)] + [ex.submit(quick, i) for i in (2, 3, 4, 5)]
    futures[0].result()
    # the worker now runs the second call (for 0.3 s); the third and fourth
    # may wait in the call queue or not (a race, in CPython too: not
    # printed); the last two are still in the parent: cancelled
    ex.shutdown(wait=True, cancel_futures=True)
    states = [("cancelled" if f.cancelled() else f.result()) for f in futures]
    print("first two ran:", states[:2])
    print("the last two were cancelled:", states[4:])
    try:
        futures[5].result()
    except CancelledError:
        print("result() of a cancelled future: CancelledError")
    try:
        ex.submit(quick, 1)
    except RuntimeError as e:
        print(e)
    ex.shutdown()           # a second shutdown is harmless

    ex = ProcessPoolExecutor(max_workers=2)
    futures = [ex.submit(quick, i) for i in range(5)]
    ex.shutdown(wait=False)
    print([f.result() for f in futures])

    ex = ProcessPoolExecutor(max_workers=1)
    futures = [ex.submit(slow, 0)] + [ex.submit(quick, i) for i in (1, 2, 3)]
    print("cancel a call not handed out:", futures[3].cancel(), futures[3].cancelled())
    print("cannot cancel a finished one:", futures[0].result(), futures[0].cancel())
    ex.shutdown()
    print([f.result() for f in futures[:3]])

    for bad in (0, -1):
        try:
            ProcessPoolExecutor(max_workers=bad)
        except ValueError as e:
            print(bad, e)
    try:
        ProcessPoolExecutor(initializer=42)
    except TypeError as e:
        print(e)
    with ProcessPoolExecutor(max_workers=1) as ex:
        try:
            ex.map(quick, [1], chunksize=0)
        except ValueError as e:
            print(e)
    print("no pool was started:", ProcessPoolExecutor(max_workers=3)._processes)
