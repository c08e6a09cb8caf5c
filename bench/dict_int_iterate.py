# Dict benchmark (issue 5): iterate a dict with int keys -- over keys, values
# and items -- including a dict with holes left by deletions. The loops run in
# a function. Prints a checksum.
N = 20000
ROUNDS = 250


def main():
    d = {}
    for i in range(N):
        d[i * 2654435761 % 4294967296] = i
    holey = dict(d)
    for i in range(0, N, 3):
        del holey[i * 2654435761 % 4294967296]
    total = 0
    count = 0
    for r in range(ROUNDS):
        for k in d:
            count += 1
        for v in d.values():
            total += v
        for k, v in d.items():
            total += v
        for k, v in holey.items():
            total -= v
    print(total, count)


main()
