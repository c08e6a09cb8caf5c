# Dict benchmark (issue 5): insert tuple keys -- (int, int) grid points and
# (str, int) pairs -- into fresh dicts. A tuple's hash is computed from its
# elements on every use (CPython 3.11 does not cache it), so hashing is part
# of the cost here. The loops run in a function. Prints a checksum.
N = 10000
ROUNDS = 450


def main():
    points = [(i % 100, i // 100) for i in range(N)]
    names = [("k%d" % (i % 50), i) for i in range(N)]
    total = 0
    for r in range(ROUNDS):
        d = {}
        for p in points:
            d[p] = r
        e = {}
        for p in names:
            e[p] = r
        total += len(d) + len(e) + d[points[r]]
    print(total)


main()
