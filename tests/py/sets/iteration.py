# iterating a set walks its table; a set iterator reports its length hint and stops for good at the end
s = {5, 3, 9, 1}
print(list(s), [x * 2 for x in s], tuple(s), sorted(s), sum(s), max(s), min(s))
it = iter(s)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(type(iter(set())).__name__, list(iter(frozenset('ab'))) == list(frozenset('ab')))
for x in {'x', 'y'}:
    print(x, end=' ')
print()
e = enumerate({10, 20, 30})
print(list(e), dict.fromkeys({4, 5}), list(zip({1, 2}, {3, 4})))
a, b, c = {7, 8, 9}
print(a, b, c, *{1, 2}, [*{2, 1}])
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x + 10)
    if len(s) > 10:
        break
print(len(s))
