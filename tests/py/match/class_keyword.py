# class patterns with keyword sub-patterns: isinstance, then getattr for each named attribute
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(z=0):
            return "flat 3d point"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(missing=1):
            return "never: no such attribute"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(1, 2, 0), Point3(1, 2, 3), (0, 0)]:
    print(where(p))
