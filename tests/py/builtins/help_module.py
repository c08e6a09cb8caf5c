# help(module) prints CPython pydoc's module page: NAME, DESCRIPTION, the class tree and classes, DATA, FILE
import types

geometry = types.ModuleType("geometry", "Shapes and distances.\n\nA small module for the lesson.")
exec('''
class Shape:
    """Something with an area."""
    def area(self):
        return 0
class Circle(Shape):
    def __init__(self, r):
        self.r = r
class Unit:
    pass
def distance(a, b=(0, 0)):
    """How far apart two points are."""
    return 0
def _hidden():
    pass
ORIGIN = (0, 0)
NAMES = ["a", "b"]
_private = 1
''', geometry.__dict__)
help(geometry)
help(geometry.Circle)

plain = types.ModuleType("plain")
plain.VALUE = 42
help(plain)

one_line = types.ModuleType("one_line", "Only a summary.")
help(one_line)

help("no_such_module_or_builtin")
