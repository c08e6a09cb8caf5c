# Dict benchmark (issue 5): look up int keys -- hits through d[k] and `in`,
# misses through `in`. Keys are scattered over 32 bits; the probe ints are
# computed again, so they are distinct objects equal to the keys. The loops
# run in a function. Prints a checksum.
N = 20000
ROUNDS = 50


def main():
    keys = [(i * 2654435761) % 4294967296 for i in range(N)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    probes = [(i * 7919 % N * 2654435761) % 4294967296 for i in range(N)]
    misses = [k + 1 for k in keys]
    total = 0
    found = 0
    for r in range(ROUNDS):
        for k in probes:
            total += d[k]
        for k in probes:
            if k in d:
                found += 1
        for k in misses:
            if k in d:
                found += 1000
    print(total, found)


main()
