# Pool(2) forks two workers at once. map() cuts the input into chunks,
# sends them as tasks through a pipe, and a thread in the parent collects
# the results: they come back in order. imap_unordered gives them as they
# finish, so it is sorted here before printing.
import multiprocessing as mp


def square(x):
    return x * x


def describe(name, count=1):
    return "%s x%d" % (name, count)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(12)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.starmap(describe, [("apple", 3), ("pear", 1), ("plum", 7)]))
        print(list(pool.imap(square, range(6))))
        print(list(pool.imap(square, range(10), chunksize=4)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(pool.apply(describe, ("fig",), {"count": 2}))
        r = pool.apply_async(square, (9,))
        print(r.get(timeout=30), r.ready(), r.successful())
        results = [pool.apply_async(describe, (str(i),)) for i in range(5)]
        print([res.get() for res in results])
        collected = []
        m = pool.map_async(square, range(5), callback=collected.append)
        m.wait()
        print(m.get(), m.ready(), m.successful())
        print(pool.starmap(pow, [(2, 10), (3, 3)]))
        print(mp.current_process().name, len(mp.active_children()))
    pool2 = mp.Pool(processes=3)
    print(pool2.map(square, range(4)))
    pool2.close()
    try:
        pool2.map(square, range(4))
    except ValueError as e:
        print("ValueError", e)
    pool2.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError", e)
    p = mp.Pool(1)
    try:
        p.join()
    except ValueError as e:
        print("ValueError", e)
    p.terminate()
