# An exception raised in a worker travels back pickled: map(), apply() and
# get() raise it again in the parent, with the same type and message; its
# __cause__ is a RemoteTraceback holding the worker's traceback as text.
import multiprocessing as mp
from multiprocessing.pool import RemoteTraceback


class Custom(Exception):
    pass


def check(x):
    if x == 5:
        raise ValueError("five is not allowed")
    if x == 7:
        raise Custom("seven", x)
    return x * 10


def whoami(_):
    return mp.current_process().name.startswith("ForkPoolWorker-")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(check, [4, 5, 6])
        except ValueError as e:
            print("map raised ValueError:", e, isinstance(e.__cause__, RemoteTraceback))
        try:
            pool.apply(check, (7,))
        except Custom as e:
            print("apply raised Custom:", e.args)
        r = pool.apply_async(check, (5,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("get raised ValueError:", e)
        it = pool.imap(check, [1, 5, 2])
        print(next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap raised ValueError:", e)
        print(next(it))
        errors = []
        m = pool.map_async(check, [7, 1], error_callback=errors.append)
        m.wait()
        print(m.successful(), [type(e).__name__ for e in errors])
        print(pool.map(check, range(3)))
        print(all(pool.map(whoami, range(4))))
        pending = pool.apply_async(check, (1,))
        pending.wait()
        print(pending.get())
