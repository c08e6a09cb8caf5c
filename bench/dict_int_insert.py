# Dict benchmark (issue 5): insert int keys (scattered over 32 bits) into fresh
# dicts, growth and resizes included. The loops run in a function. Prints a
# checksum.
N = 20000
ROUNDS = 400


def main():
    keys = [(i * 2654435761) % 4294967296 for i in range(N)]
    total = 0
    for r in range(ROUNDS):
        d = {}
        v = r
        for k in keys:
            d[k] = v
        total += len(d) + d[keys[r]]
    print(total)


main()
