# Dict benchmark (issue 5): look up tuple keys -- hits through d[k] and `in`,
# misses through `in`. Probe tuples are distinct objects equal to the keys, so
# every hit hashes a tuple and compares it element by element. The loops run
# in a function. Prints a checksum.
N = 10000
ROUNDS = 150


def main():
    d = {}
    for i in range(N):
        d[(i % 100, i // 100)] = i
    probes = [(j % 100, j // 100) for j in (i * 7919 % N for i in range(N))]
    misses = [(x, y + 1000) for x, y in probes]
    pairs = {}
    for i in range(N):
        pairs[("k%d" % (i % 50), i)] = i
    pair_probes = [("k" + str(i % 50), i) for i in range(N)]
    total = 0
    found = 0
    for r in range(ROUNDS):
        for k in probes:
            total += d[k]
        for k in misses:
            if k in d:
                found += 1000
        for k in pair_probes:
            if k in pairs:
                found += 1
    print(total, found)


main()
