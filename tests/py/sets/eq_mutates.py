# an __eq__ that changes the set while it is being searched: the search starts over, nothing crashes
class Key:
    def __init__(self, n, victim=None):
        self.n = n
        self.victim = victim
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.victim is not None and len(self.victim) < 40:
            v = self.victim
            self.victim = None
            v.update(range(100, 140))
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return 'Key(%d)' % self.n

k1 = Key(1)
s = {k1, Key(2)}
k1.victim = s
print(Key(2) in s, len(s), Key(5) in s)
k3 = Key(3)
t = {k3}
k3.victim = t
t.add(Key(3))
print(len(t), sorted(k for k in t if isinstance(k, int))[:3], k3 in t)

class Clearing:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        box.clear()
        return False

box = {0}
print(Clearing() in box, box)
box = {0}
box.add(Clearing())
print(len(box))
box = {0}
box.discard(Clearing())
print(box)

class Loud:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 2
    def __eq__(self, other):
        print('eq', self.n, getattr(other, 'n', other))
        return isinstance(other, Loud) and other.n == self.n

l = {Loud(1), Loud(2), Loud(3)}
print(Loud(3) in l)
print(Loud(5) in l)
