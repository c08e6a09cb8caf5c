# itertools.count, cycle and repeat: values, reprs of count and repeat, steps, floats, errors
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), c)
c = count(10, 5)
print([next(c) for _ in range(4)], c)
print(list(islice(count(2.5, 0.5), 4)), count(1.5), count(0, 1.0), count(3, True), count(step=-1))
print(list(zip(count(1), 'abc')), list(islice(count(-3, -2), 3)))
for bad in (lambda: count('a'), lambda: count(1, 'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
cy = cycle('AB')
print([next(cy) for _ in range(5)], list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
def gen():
    print('generator runs once')
    yield 1
    yield 2
print(list(islice(cycle(gen()), 6)))
r = repeat('x', 3)
print(r, list(r), r, repeat('y'), repeat(None, -2), list(repeat([1], 2)))
print(list(map(pow, range(5), repeat(2))), list(islice(repeat(7), 3)))
print(repeat(1, 4).__length_hint__())
try:
    repeat(1, 'n')
except TypeError as e:
    print('TypeError:', e)
