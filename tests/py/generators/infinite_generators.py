# infinite generators stopped by the consumer: fibonacci, a cycling generator, take(n) written with a generator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def cycle(seq):
    while True:
        for x in seq:
            yield x
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
print(list(take(15, fib())))
print(list(take(7, cycle('abc'))))
print(list(zip(count(100, -5), 'wxyz')))
for i, f in zip(count(), fib()):
    if f > 1000:
        print('first fib over 1000 is #%d: %d' % (i, f))
        break
