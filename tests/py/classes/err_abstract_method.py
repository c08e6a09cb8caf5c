# a base class method raising NotImplementedError, reached through a subclass that forgot to override it
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ' must implement area()')
    def describe(self):
        return type(self).__name__ + ' with area ' + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
print(Blob().describe())
