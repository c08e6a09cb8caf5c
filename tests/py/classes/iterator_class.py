# a class implementing the iterator protocol: __iter__ returns self, __next__ raises StopIteration; an iterable whose __iter__ returns a fresh iterator
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Countup(self.lo, self.hi)

class Countup:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1

c = Countdown(3)
print(list(c), list(c))             # an iterator is used up
r = Range2(2, 5)
print(list(r), list(r))             # an iterable gives a new iterator each time
print([(x, y) for x in r for y in Range2(0, 2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
print(sum(Countdown(100)), 5 in Range2(0, 10), 50 in Range2(0, 10))
x, y, z = Countup(7, 10)
print(x, y, z)
print(dict(zip(Range2(0, 3), Countdown(3))))
