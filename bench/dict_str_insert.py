# Dict benchmark (issue 5): insert str keys into fresh dicts (growth and resizes included).
# The keys are built once, so their hashes are cached: this measures the table,
# not string hashing. The loops run in a function (local variables), so the
# only dict work is the benchmark's own. Prints a checksum.
N = 20000
ROUNDS = 400


def main():
    keys = ["key_%d_%s" % (i * 7919 % N, "abcdefg"[: i % 8]) for i in range(N)]
    total = 0
    for r in range(ROUNDS):
        d = {}
        v = r
        for k in keys:
            d[k] = v
        total += len(d) + d[keys[r]]
    print(total)


main()
