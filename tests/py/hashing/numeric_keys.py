# numeric equality across types: equal numbers are one key; the first key object stays, the last value wins
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, type(list(d)[0]).__name__)
d = {2.0: 'a'}
d[2] = 'b'
print(d, 2 in d, 2.0 in d, d[2])
big = 2**70
d = {float(big): 'float first'}
d[big] = 'int second'
print(d, len(d))
print(2**53 + 1 == float(2**53 + 1), len({2**53 + 1: 0, float(2**53 + 1): 1}))
print(len({2**53: 0, float(2**53): 1}), len({10**20: 0, 1e20: 1}), 10**20 == 1e20)
print(len({0.5: 'a', 1 / 2: 'b'}), {-0.0: 'neg'}[0], {0: 'zero'}[-0.0])
s = {1, 2, 3}
s.add(2.0)
s.add(True)
print(sorted(s), len(s), 3.0 in s, 3.5 in s)
print(s == {1.0, 2.0, 3.0}, {1.5, 2} & {2.0, 3})
for a, b in [(1, 1.0), (0, False), (2**61 - 1, 0), (2**61, 1), (-1, -2), (1.5, 3 / 2)]:
    print(a, b, a == b, hash(a) == hash(b))
