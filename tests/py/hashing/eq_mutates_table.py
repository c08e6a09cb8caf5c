# an __eq__ (of a stored key) that changes the dict or set being searched: CPython restarts the search, so the outcome is still exact
calls = []


class K:
    def __init__(self, v):
        self.v = v
        self.action = None

    def __hash__(self):
        return 7

    def __eq__(self, other):
        calls.append(self.v)
        if self.action:
            act, self.action = self.action, None
            act()
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return 'K(%d)' % self.v


first = K(0)
d = {first: 0}
for i in range(1, 4):
    d[K(i)] = i
first.action = lambda: d.pop(K(1))
calls.clear()
print(d[K(3)], d, calls)

first = K(0)
grow = {first: 0}
first.action = lambda: grow.update({j: j for j in range(50)})
calls.clear()
grow[K(9)] = 9
print(len(grow), K(9) in grow, calls)

first = K(0)
s = {first, K(1), K(2)}
first.action = lambda: s.discard(K(1))
calls.clear()
print(K(2) in s, sorted(x.v for x in s), calls)
