# calling a class with the wrong number of arguments: the error names Class.__init__ and counts self
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x + p.y)
Point(1, 2, 3)
