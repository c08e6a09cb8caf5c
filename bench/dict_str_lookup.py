# Dict benchmark (issue 5): look up str keys -- hits through d[k] and `in`,
# misses through `in`. The probe strings are distinct objects equal to the keys
# (as if read from input), so a hit needs a string comparison, not just identity.
# The loops run in a function. Prints a checksum.
N = 20000
ROUNDS = 50


def main():
    keys = ["key_%d" % i for i in range(N)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    probes = ["key_" + str(i * 7919 % N) for i in range(N)]
    misses = ["kez_" + str(i) for i in range(N)]
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
