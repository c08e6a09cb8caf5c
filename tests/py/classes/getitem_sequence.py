# a class with only __getitem__ is iterable (the old sequence protocol: stops at IndexError); in, list() and unpacking use it; slices arrive as slice objects
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(6)
print(list(s))
print(16 in s, 15 in s)
for v in s:
    if v > 4:
        break
    print('v', v)
a, b, *rest = Squares(4)
print(a, b, rest)
print(s[-1], s[1:5], s[::2], s[::-2])
print(sum(s), max(s), sorted(s, reverse=True))
print(list(enumerate(Squares(3))))
