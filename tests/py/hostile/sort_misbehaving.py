# sorts with keys and comparisons that raise, are inconsistent or return NotImplemented: a clean error or some order, and the list keeps all its items
class Flaky:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Flaky.count += 1
        if Flaky.count % 7 == 0:
            return self.v > other.v
        return self.v < other.v

    def __repr__(self):
        return 'F%d' % self.v


class NoOrder:
    def __lt__(self, other):
        return NotImplemented


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


data = [Flaky(v) for v in [5, 3, 9, 1, 7, 2, 8, 6, 4, 0] * 3]
data.sort()
print(sorted(x.v for x in data) == sorted([5, 3, 9, 1, 7, 2, 8, 6, 4, 0] * 3), len(data))
lst = [3, 1, 2]


def key(x):
    if x == 2:
        raise KeyError('bad key')
    return x


attempt('key raises', lambda: lst.sort(key=key))
print(lst)
attempt('no order', lambda: sorted([NoOrder(), NoOrder()]))
attempt('mixed types', lambda: sorted([1, 'a', 2]))
attempt('key returns mixed', lambda: sorted([1, 2, 3], key=lambda x: 'a' if x == 2 else x))
attempt('reverse mixed', lambda: sorted([None, None, 1], reverse=True))
attempt('cmp raises', lambda: sorted([1, 2, 3], key=lambda x: [Flaky(1), x]))
attempt('single item no compare', lambda: sorted([NoOrder()]) and 'ok')
attempt('max mixed', lambda: max(1, 'a'))
attempt('min empty', lambda: min([]))
