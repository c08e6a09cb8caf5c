# Python Tutor's INSTANCE and CLASS: attributes as [name, value] pairs
class Base:
    kind = "base"

class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(p, None)
print(q.x.y)
