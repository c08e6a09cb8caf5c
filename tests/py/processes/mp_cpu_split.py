# CPU-bound work split over two processes gives the same answer as doing it
# in one: each child counts the primes in its half of the range and sends
# the count back through a Queue; Pool.map does the same with less code.
# (Whether it is faster depends on the machine, so only answers are printed.)
import multiprocessing as mp


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def count_into(q, lo, hi):
    q.put((lo, count_primes(lo, hi)))


if __name__ == "__main__":
    N = 20000
    serial = count_primes(0, N)
    q = mp.Queue()
    halves = [(0, N // 2), (N // 2, N)]
    procs = [mp.Process(target=count_into, args=(q,) + h) for h in halves]
    for p in procs:
        p.start()
    parts = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(serial, parts, sum(c for _, c in parts) == serial)

    with mp.Pool(2) as pool:
        chunks = [(lo, lo + 2500) for lo in range(0, N, 2500)]
        counts = pool.starmap(count_primes, chunks)
    print(counts, sum(counts) == serial)
