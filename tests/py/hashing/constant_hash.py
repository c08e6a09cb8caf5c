# a constant __hash__ makes every key collide: each lookup compares with every key before it (O(n)), yet the dict stays correct
eq_calls = 0


class Bad:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        global eq_calls
        eq_calls += 1
        return self.v == other.v


n = 60
keys = [Bad(i) for i in range(n)]
d = {}
for k in keys:
    d[k] = k.v
print('inserts:', eq_calls)
eq_calls = 0
print(d[Bad(n - 1)], 'one lookup of the last key:', eq_calls)
eq_calls = 0
print(Bad(-1) in d, 'one lookup of a missing key:', eq_calls)
eq_calls = 0
print(sum(d[k] for k in keys), 'lookups by identity:', eq_calls)
for k in keys[::2]:
    del d[k]
eq_calls = 0
print(len(d), d[Bad(n - 1)], 'after deleting half:', eq_calls)
print([k.v for k in d][:10])
