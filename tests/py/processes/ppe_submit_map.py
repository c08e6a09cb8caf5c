# ProcessPoolExecutor (lesson 7): submit() returns a Future whose result()
# comes from a worker process; map() keeps the order of its input, with any
# chunksize and over several iterables; the workers are other processes, at
# most max_workers of them, and max_workers defaults to os.cpu_count().
import os
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, Future


def square(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def pid_of(_):
    return os.getpid()


def total(numbers):
    return sum(numbers)


if __name__ == "__main__":
    print(concurrent.futures.ProcessPoolExecutor is ProcessPoolExecutor)
    print(ProcessPoolExecutor()._max_workers == os.cpu_count())
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 12)
        print(isinstance(f, Future), f.result(), f.done(), f.exception())
        print(ex.submit(add, 1, 2, c=3).result())
        print(list(ex.map(square, range(12))))
        for size in (1, 2, 5, 100):
            print("chunksize", size, list(ex.map(square, range(11), chunksize=size)))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
        print(list(ex.map(square, [])))
        print(list(ex.map(total, [[1, 2], (3, 4, 5), range(10)])))
        pids = set(ex.map(pid_of, range(40), chunksize=4))
        print("parent not among workers:", os.getpid() not in pids)
        print("at most 2 workers:", 1 <= len(pids) <= 2)
        big = ex.submit(square, 10 ** 40).result()
        print(big == 10 ** 80, ex.submit(str, 255).result())
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("after the with block:", e)
