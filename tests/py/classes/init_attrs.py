# __init__, instance attributes, class attributes, and an instance attribute shadowing a class attribute
class Point:
    dims = 2
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
q = Point(-1, 2)
print(p.x, p.y, p.norm2(), q.norm2())
print(Point.count, p.count, q.count)
print(p.dims, Point.dims)
p.dims = 3                      # creates an instance attribute; the class attribute is untouched
print(p.dims, q.dims, Point.dims)
del p.dims                      # the class attribute shows through again
print(p.dims)
Point.dims = 'two'
print(p.dims, q.dims)
p.label = 'P'
print(p.label, hasattr(q, 'label'))
print(sorted(p.__dict__), sorted(q.__dict__))
print(p.__dict__['x'], Point.__name__)
