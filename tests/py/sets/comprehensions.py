# set comprehensions and set() over generators build sets in iteration order of the source
print({x % 10 for x in range(100, 0, -3)})
print({c.upper() for c in 'hello world' if c.isalpha()})
print(set(x * x for x in range(-5, 6)), {(x, y) for x in range(3) for y in range(x)})
evens = {n for n in range(20) if n % 2 == 0}
odds = set(range(20)) - evens
print(evens, odds, evens | odds == set(range(20)), evens.isdisjoint(odds))
def unique(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out
print(unique([3, 1, 3, 2, 1, 5]), unique('mississippi'))
print(len({i for i in range(1000)} - {i for i in range(0, 1000, 2)}))
