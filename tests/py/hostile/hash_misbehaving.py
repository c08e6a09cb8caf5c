# __hash__ that raises, returns a non-int, a huge int or -1; __eq__ that raises during a probe: dicts and sets raise cleanly and stay usable
class Raises:
    def __hash__(self):
        raise ValueError('no hash today')


class NotInt:
    def __hash__(self):
        return 'seven'


class Huge:
    def __hash__(self):
        return 2 ** 100 + 5


class MinusOne:
    def __hash__(self):
        return -1


class BadEq:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        raise RuntimeError('eq exploded')


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {1: 'one'}
s = {1}
attempt('dict set raises', lambda: d.__setitem__(Raises(), 1))
attempt('dict get raises', lambda: d.get(Raises()))
attempt('set add raises', lambda: s.add(Raises()))
attempt('in set raises', lambda: Raises() in s)
attempt('hash not int', lambda: hash(NotInt()))
attempt('dict not int', lambda: {NotInt(): 1})
attempt('huge hash', lambda: hash(Huge()))
attempt('huge in dict', lambda: {Huge(): 'h'}[list({Huge(): 1})[0]] if False else len({Huge(): 1}))
attempt('minus one', lambda: hash(MinusOne()))
attempt('hash -1 int', lambda: hash(-1))
a, b = BadEq(7), BadEq(7)
d2 = {a: 'a'}
attempt('eq raises in lookup', lambda: d2[b])
attempt('eq raises in set', lambda: b in {a})
attempt('same object skips eq', lambda: d2[a])
attempt('dict still fine', lambda: (d, s, len(d2)))
attempt('frozenset of raising', lambda: frozenset([1, Raises()]))
attempt('tuple hash raises', lambda: hash((1, Raises())))
