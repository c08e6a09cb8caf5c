# help(f) prints what CPython's pydoc prints for functions and methods: signature, docstring, inherited docstrings
def greet(name, greeting="hello", *args, sep=" ", **kw):
    """Say hello to someone.

    Returns the greeting as a string.
    """
    return greeting + sep + name


def nodoc(a, b=2):
    return a


def only(a, b, /, c, *, d, e=(1, 2)):
    "Positional-only and keyword-only parameters."


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        """The distance from the origin."""
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Pixel(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)


def outer():
    def inner(q):
        "Inner doc."
    return inner


help(greet)
help(nodoc)
help(only)
help(Point(3, 4).norm)
help(Pixel(1, 2).norm)
help(Pixel.norm)
help(lambda a, *, b=1: a)
help(outer())
