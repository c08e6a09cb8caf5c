# random after seed(n): random, randint, randrange, choice, shuffle, sample, uniform, choices -- CPython's exact sequences
import random

for seed in (0, 1, 42, 2024, 10 ** 30, -7):
    random.seed(seed)
    print(seed, random.random(), random.random())
    print(' ', [random.randint(1, 6) for _ in range(10)], random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
    print(' ', random.choice('abcdefg'), random.choice([10, 20, 30]), random.uniform(1, 10), random.uniform(5, -5))
    deck = list(range(20))
    random.shuffle(deck)
    print(' ', deck)
    print(' ', random.sample(range(1000), 5), random.sample('abcdefghij', 10), random.sample([1, 2, 3, 4], k=2), random.sample(range(10 ** 9), 3))
    print(' ', random.choices('abc', k=6), random.choices(['x', 'y', 'z'], weights=[10, 1, 1], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
    print(' ', random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.randint(-10 ** 20, 10 ** 20))
    print(' ', random.sample(['r', 'b'], counts=[3, 2], k=4), random.randrange(2 ** 64))
random.seed(7)
total = 0
for _ in range(5000):
    total += random.randint(1, 10 ** 6) + random.randrange(1000) + int(random.random() * 1e9)
print(total)
random.seed(99)
rolls = [random.randint(1, 6) for _ in range(6000)]
print([rolls.count(face) for face in range(1, 7)])
random.seed(5)
a = [random.random() for _ in range(3)]
random.seed(5)
print(a == [random.random() for _ in range(3)])
