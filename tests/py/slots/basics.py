# __slots__: instances keep their attributes in fixed places, with no __dict__
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(Point.x)
print(type(Point.x).__name__)
print(Point.__slots__)
print(hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(p.__dict__)
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 5
print(p.y, getattr(p, 'y'), getattr(p, 'q', 'default'))
print(sorted(k for k in Point.__dict__ if not k.startswith('__') or k == '__slots__'))
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.x.__set__(p, 99)
print(p.x)
Point.y.__delete__(p)
print(hasattr(p, 'y'))
print(Point.x.__name__, Point.x.__objclass__ is Point)

class Single:
    __slots__ = 'only'

s = Single()
s.only = 'one'
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()

e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print('AttributeError:', err)
print(repr(vars(Point)['x'])[:20])
