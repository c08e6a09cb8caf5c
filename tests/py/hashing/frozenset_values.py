# frozenset hashes equal CPython's numbers and do not depend on insertion order; frozenset() has a fixed hash
values = [frozenset(), frozenset({0}), frozenset({1}), frozenset({-1}), frozenset({1, 2}), frozenset({1, 2, 3}),
          frozenset(range(10)), frozenset(range(100)), frozenset({1.5, 2.5}), frozenset({(1, 2), (3, 4)}),
          frozenset({2**61 - 1, 2**64}), frozenset({frozenset(), frozenset({1})})]
for f in values:
    print(len(f), hash(f))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(1000))) == hash(frozenset(range(999, -1, -1))))
print(hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0, True})))
print(hash(frozenset({'a', 'b'})), hash(frozenset({'é', '€'})))
