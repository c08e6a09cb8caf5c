# General benchmark: closures -- counters and accumulators that keep their
# state in cells (nonlocal), adders made by a factory, and a chain of
# composed functions. LOAD_DEREF/STORE_DEREF and calls of inner functions.
# Prints checksums.
def make_counter():
    count = 0

    def tick(step):
        nonlocal count
        count += step
        return count
    return tick


def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def run():
    tick = make_counter()
    total = 0
    for i in range(600000):
        total += tick(i & 7)
    adders = [make_adder(k) for k in range(10)]
    s = 0
    for i in range(60000):
        for add in adders:
            s = add(s) & 0xFFFFF
    chain = make_adder(1)
    for k in range(2, 6):
        chain = compose(chain, make_adder(k))
    c = 0
    for i in range(200000):
        c = chain(c) & 0xFFFF
    return total, s, c


print(run())
