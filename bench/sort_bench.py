# Sorting benchmark: list.sort() on 200,000 random ints, strings and tuples,
# and on an already sorted and a reversed list. Prints only timings: CPU
# seconds per sort (the data is built before the clock starts). The clock is
# the thread's run time from /proc/self/schedstat, so that minipy (which has
# no time module) and CPython are measured the same way.
# bench: output not compared
N = 200000


def clock():
    try:
        with open("/proc/self/schedstat") as f:
            return int(f.read().split()[0]) / 1e9
    except OSError:
        import time
        return time.process_time()


def lcg(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


def time_sort(data, repeat):
    total = 0.0
    for r in range(repeat):
        copy = list(data)
        start = clock()
        copy.sort()
        total += clock() - start
    return total / repeat


nums = lcg(1, N)
cases = [
    ("random ints", nums, 1),
    ("random strings", ["k" + str(x % 1000003) * (1 + x % 3) for x in nums], 1),
    ("random tuples", [(x % 1000, str(x % 97), x) for x in nums], 1),
    ("sorted ints", sorted(nums), 10),
    ("reversed ints", sorted(nums, reverse=True), 10),
]
for name, data, repeat in cases:
    print(f"{name:15} {time_sort(data, repeat):.4f} s")
