# Dict benchmark (issue 5): delete tuple keys. Each round copies the full dict
# (one C-level call in both interpreters) and deletes every key, in an order
# unlike insertion order, half through `del d[k]` and half through d.pop(k).
# The loops run in a function. Prints a checksum.
N = 10000
ROUNDS = 500


def main():
    keys = [(i % 100, i // 100) for i in range(N)]
    full = {}
    for i, k in enumerate(keys):
        full[k] = i
    order = [keys[i * 7919 % N] for i in range(N)]
    first = order[: N // 2]
    second = order[N // 2 :]
    total = 0
    for r in range(ROUNDS):
        d = full.copy()
        for k in first:
            del d[k]
        for k in second:
            total += d.pop(k)
        total += len(d)
    print(total)


main()
