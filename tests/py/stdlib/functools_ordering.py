# functools.total_ordering, cmp_to_key (sorting with a comparison), singledispatch and cached_property
import functools

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a)
print(sorted([Version('2.0'), a, b, Version('0.9')]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__doc__)
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)

@functools.total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(Desc(1) < Desc(2), Desc(1) >= Desc(2), Desc(3) <= Desc(3))
try:
    functools.total_ordering(type('Nothing', (), {}))
except ValueError as e:
    print('ValueError:', e)

def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda p, q: q - p)))
K = functools.cmp_to_key(lambda p, q: p - q)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print('TypeError:', type(e).__name__)
try:
    K(1) < 2
except TypeError as e:
    print('TypeError:', e)

@functools.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
class MyList(list):
    pass
print(show(3), show(True), show([1, 2]), show(MyList([1])), show('s'), show(2.5))
print(show.dispatch(bool).__name__, show.dispatch(str) is show.registry[object])

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__)
