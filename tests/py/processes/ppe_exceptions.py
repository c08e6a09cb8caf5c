# ProcessPoolExecutor (lesson 7): an exception raised by the call in the
# worker crosses back pickled and result() raises it again, same type and
# arguments, with the worker's traceback as text in its __cause__
# (a _RemoteTraceback); exception() returns it; map() raises it when the
# iteration reaches that element, after the values before it.
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import _RemoteTraceback


class Refused(Exception):
    def __init__(self, who, why):
        super().__init__(who, why)
        self.who = who


def check(x):
    if x == 4:
        raise ValueError("four is not allowed")
    if x == 6:
        raise Refused("six", "too even")
    return x * 10


def divide(a, b):
    return a // b


def leave(code):
    raise SystemExit(code)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(check, 4)
        try:
            f.result()
        except ValueError as e:
            print("result() raised", type(e).__name__, e.args)
            print("cause:", type(e.__cause__).__name__, isinstance(e.__cause__, _RemoteTraceback))
            print("traceback text mentions it:", "four is not allowed" in str(e.__cause__))
        e = ex.submit(check, 6).exception()
        print("exception():", type(e).__name__, e.args, e.who)
        print("a good one still works:", ex.submit(check, 5).result())
        print(type(ex.submit(divide, 1, 0).exception()).__name__)
        got = []
        try:
            for v in ex.map(check, [1, 2, 3, 4, 5]):
                got.append(v)
        except ValueError as e:
            print("map stopped at", e, "after", got)
        try:
            list(ex.map(check, range(8), chunksize=3))
        except ValueError as e:
            print("chunked map:", e)
        # SystemExit in a call is the call's exception, not the worker's end
        e = ex.submit(leave, 3).exception()
        print(type(e).__name__, e.code)
        print("the pool still works:", list(ex.map(check, [1, 2])))
