# ProcessPoolExecutor (lesson 7): a worker that dies (os._exit, or killed
# by a signal) breaks the pool: the futures running or waiting get
# BrokenProcessPool, and so does every later submit(); a new pool works.
import os
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool


def die(code):
    os._exit(code)


def kill_myself(_):
    os.kill(os.getpid(), 9)


def fine(x):
    return x + 1


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=2)
    print(ex.submit(fine, 1).result())
    f = ex.submit(die, 3)
    try:
        f.result()
    except BrokenProcessPool as e:
        print(type(e).__name__, "-", e)
        print(isinstance(e, BrokenExecutor), isinstance(e, RuntimeError))
    try:
        ex.submit(fine, 2)
    except BrokenProcessPool as e:
        print("submit:", e)
    ex.shutdown()

    with ProcessPoolExecutor(max_workers=1) as ex:
        fs = [ex.submit(kill_myself, 0), ex.submit(fine, 10), ex.submit(fine, 20)]
        for f in fs:
            print(type(f.exception()).__name__)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print("a new pool:", list(ex.map(fine, range(5))))
