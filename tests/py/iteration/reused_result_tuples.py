# enumerate, zip and dict.items() hand out a fresh-looking tuple each step;
# CPython reuses one when the loop dropped the last (minipy does the same).
# Whatever is kept must keep its own values.
d = {"a": 1, "b": 2, "c": 3}
kept = []
for t in d.items():
    kept.append(t)
print(kept)
print(list(d.items()), list(enumerate("xyz")), list(zip("ab", [1, 2], (True, None))))

it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)

pairs = [p for p in enumerate(["p", "q"], start=10)]
print(pairs, pairs[0] is pairs[1])

z = zip(range(3), "abc")
a = next(z)
print(a)
b = next(z)
print(a, b)

# the tuples handed out while unpacking in the loop head are dropped at once
total = 0
for i, (k, v) in enumerate(d.items()):
    total += i * v
print(total)

# a tuple kept by a generator's frame across steps
def pairs_of(xs):
    for p in zip(xs, xs[1:]):
        yield p

print(list(pairs_of([1, 2, 3, 4])))

# a dict items iterator in a reference cycle with the tuple it handed out
import gc
class Box:
    pass

box = Box()
box.it = iter({"k": box}.items())
box.last = next(box.it)
del box
print(gc.collect() > 0)
