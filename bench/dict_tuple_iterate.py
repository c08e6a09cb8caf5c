# Dict benchmark (issue 5): iterate a dict with tuple keys -- over keys, values
# and items, unpacking the key tuples -- including a dict with holes. The loops
# run in a function. Prints a checksum.
N = 20000
ROUNDS = 300


def main():
    d = {}
    for i in range(N):
        d[(i % 100, i // 100)] = i
    holey = dict(d)
    for i in range(0, N, 3):
        del holey[(i % 100, i // 100)]
    total = 0
    count = 0
    for r in range(ROUNDS):
        for x, y in d:
            count += x
        for v in d.values():
            total += v
        for (x, y), v in d.items():
            total += v - y
        for k, v in holey.items():
            total -= v
    print(total, count)


main()
