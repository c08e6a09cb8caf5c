# set comprehensions and set displays of small ints (their iteration order is deterministic), membership and len
s = {x % 5 for x in range(20)}
print(s, len(s), 3 in s, 7 in s)
print(sorted({x * x for x in [-3, -2, -1, 0, 1, 2, 3]}), {x for x in [3, 1, 2]} == {1, 2, 3})
print({1, 2, 3, 2, 1}, sorted({n // 2 for n in range(10)}), set(), len(set()))
print({x for x in range(10) if x % 3 == 0} == {0, 3, 6, 9}, sorted({'b', 'a', 'c'}))
