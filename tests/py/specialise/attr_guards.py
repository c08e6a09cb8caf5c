# The adaptive interpreter specialises attribute loads and stores after a
# few runs; every guard that fails must give exactly what the generic
# instruction gives. Each loop runs long enough to specialise first.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Other:
    def __init__(self):
        self.x = "other x"
        self.y = "other y"

def read_x(objs):
    return [o.x for o in objs]

pts = [Point(i, -i) for i in range(20)]
print(read_x(pts)[-3:])
# another class at the same instruction
print(read_x(pts + [Other()] + pts)[18:23])

# the attribute moves within the instance's __dict__
p = Point(1, 2)
del p.x
p.x = 10
print(read_x([p] * 20)[-1])
# the attribute disappears: the class attribute shows through, then AttributeError
Point.x = "class x"
del p.x
print(read_x([p])[0])
del Point.x
try:
    read_x([p])
except AttributeError as e:
    print("AttributeError:", e)

# a property of the same name added to the class wins over __dict__
q = Point(5, 6)
print(read_x([q] * 20)[-1])
Point.x = property(lambda self: "property x")
print(read_x([q])[0])
del Point.x
print(read_x([q])[0])

# __class__ changed under a specialised load
class Sub(Point):
    @property
    def y(self):
        return "Sub.y"

def read_y(objs):
    return [o.y for o in objs]

r = Point(0, 0)
print(read_y([r] * 20)[-1])
r.__class__ = Sub
print(read_y([r])[0])

# __dict__ replaced
s = Point(7, 8)
print(read_x([s] * 20)[-1])
s.__dict__ = {"y": 1, "x": "new dict"}
print(read_x([s])[0])

# stores: replace in place, then the guard fails in each way
def bump(objs):
    for o in objs:
        o.x = o.x + 1

t = Point(0, 0)
bump([t] * 30)
print(t.x, t.__dict__)
o = Other()
o.x = 0
bump([t, o] * 5)
print(t.x, o.x)
Point.x = property(lambda self: 99, lambda self, v: print("setter", v))
bump([t])
del Point.x
print(t.x)

# methods: loaded for a call, then shadowed by an instance attribute
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n

def call_inc(objs):
    return [c.inc() for c in objs]

c = Counter()
print(call_inc([c] * 20)[-1])
c.inc = lambda: "instance attribute"
print(call_inc([c])[0])
del c.inc
Counter.inc = lambda self: "replaced on the class"
print(call_inc([c])[0])

# methods of built-in types, then a subclass that overrides one
class MyList(list):
    def append(self, x):
        print("MyList.append", x)

def add_all(lists):
    for l in lists:
        l.append(1)

plain = []
add_all([plain] * 20)
add_all([MyList()])
print(len(plain))

# module attributes
import math
def sqrts(n):
    return [math.sqrt(i) for i in range(n)]
print(sqrts(20)[-1])
math.sqrt = lambda x: "patched"
print(sqrts(2))
del math.sqrt
try:
    sqrts(1)
except AttributeError as e:
    print("AttributeError:", e)
