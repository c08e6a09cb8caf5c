# help(cls) prints CPython pydoc's class page: signature, MRO, methods, class and static methods, properties, data, inherited sections
class Shape:
    """Something with an area.

    Subclasses say how big they are.
    """
    sides = 0
    label = "a shape with a rather long description that pydoc cuts at seventy columns"

    def __init__(self, name):
        self.name = name

    def area(self):
        """The area, in square units."""
        return 0

    def describe(self, unit="cm"):
        return "%s of %s %s" % (self.name, self.area(), unit)

    @property
    def big(self):
        """True when the area passes 100."""
        return self.area() > 100

    @property
    def size(self):
        return self.area()

    @size.setter
    def size(self, value):
        pass

    @staticmethod
    def unit():
        """The unit every shape uses."""
        return "cm"

    @classmethod
    def named(cls, name):
        return cls(name)

    def _private(self):
        pass


class Square(Shape):
    """A shape with four equal sides."""
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return "Square(%r)" % self.side


class Empty:
    pass


help(Shape)
help(Square)
help(Empty)
help(Square(2))
help(Square.named)
help(Shape.unit)
