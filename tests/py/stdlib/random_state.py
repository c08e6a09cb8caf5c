# random: str and float seeds, getstate/setstate, independent Random instances, a Random subclass, and the errors
import random

for seed in ('hello', '', 'héllo wörld €', 3.25, 'x' * 200):
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 99), random.getrandbits(64))
random.seed('legacy', version=1)
print(random.random())
random.seed(123)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)], state[0], len(state[1]), state[1][-1], state[2])
r1, r2 = random.Random(10), random.Random(10)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.choice('xyz'), r1.random() != r2.random())
g = random.Random(4)
print(g.gauss(), g.gauss(), g.getstate()[2] is None, g.gauss(0, 1) != 0)
class Fixed(random.Random):
    def random(self):
        return 0.75
f = Fixed()
print(f.randrange(10), f.randint(1, 4), f.choice('abcd'), f.uniform(0, 8))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits().randrange(10), Bits().choice('pq'))
tries = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1), lambda: random.sample([1, 2], 3), lambda: random.sample([1], -1),
    lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]), lambda: random.getrandbits(-1),
    lambda: random.setstate((1, (), None)), lambda: random.Random().setstate((3, (1, 2), None)),
]
for t in tries:
    try:
        t()
    except ValueError as e:
        print('ValueError:', e)
tries = [lambda: random.choice([]), lambda: random.choice('')]
for t in tries:
    try:
        t()
    except IndexError as e:
        print('IndexError:', e)
tries = [lambda: random.sample({1, 2}, 1), lambda: random.sample({'a': 1}, 1), lambda: random.seed([1]),
         lambda: random.choices('ab', 3), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
         lambda: random.randrange(3, step=2), lambda: random.getrandbits("8")]
for t in tries:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
