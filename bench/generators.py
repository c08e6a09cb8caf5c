# General benchmark: generators -- pipelines of generator functions and
# generator expressions, yield from, send(), and itertools-like helpers
# written in Python. Prints checksums.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def take_every(it, k):
    i = 0
    for x in it:
        if i % k == 0:
            yield x
        i += 1


def chain(*iterables):
    for it in iterables:
        yield from it


def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def main():
    total = 0
    for r in range(6):
        total += sum(squares(numbers(200000)))
        total += sum(take_every(chain(numbers(100000), range(50000)), 3))
        total += sum(b - a for a, b in pairwise(squares(numbers(100000))))
        total += sum(x for x in (y * 3 for y in range(200000)) if x % 2)
        avg = running_mean()
        next(avg)
        for i in range(100000):
            m = avg.send(i)
        total += m
        total += sum(tree(15))
    print(total)


main()
