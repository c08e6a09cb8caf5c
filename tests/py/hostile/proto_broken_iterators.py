# iterators that break the protocol: __iter__ returning a non-iterator, __next__ raising, iterators that restart, StopIteration with a value inside for
class IterReturnsInt:
    def __iter__(self):
        return 5


class NextRaises:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError('from next')


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration('done', 'extra')
        self.n -= 1
        return self.n


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


class GetItemRaises:
    def __getitem__(self, i):
        raise TypeError('getitem says no')


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('iter returns int', lambda: list(IterReturnsInt()))
attempt('for over it', lambda: [x for x in IterReturnsInt()])
attempt('next raises', lambda: list(NextRaises()))
attempt('countdown', lambda: list(Countdown(3)))
c = Countdown(2)
attempt('exhausted twice', lambda: (list(c), list(c)))
attempt('getitem only', lambda: list(GetItemOnly()))
attempt('getitem in', lambda: 20 in GetItemOnly())
attempt('getitem raises', lambda: list(GetItemRaises()))
attempt('unpack too many', lambda: [a for a, b in [Countdown(3)]])
attempt('unpack too few', lambda: [(a, b, c) for a, b, c in [Countdown(2)]])
attempt('star unpack', lambda: [(a, rest) for a, *rest in [Countdown(4)]])
attempt('zip stops early', lambda: list(zip(Countdown(5), 'ab')))
attempt('next default', lambda: next(Countdown(0), 'default'))
attempt('iter sentinel', lambda: list(iter(Countdown(5).__next__, 2)))
attempt('iter not callable', lambda: iter(5, 2))
attempt('sum of broken', lambda: sum(NextRaises()))
