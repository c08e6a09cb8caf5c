# isinstance/issubclass with classes, tuples of classes, built-in types and bool being an int
class Shape: pass
class Square(Shape): pass
class Circle(Shape): pass
class Unrelated: pass

things = [Square(), Circle(), Unrelated(), 3, True, 2.5, 'text', [1], (1,), {}, None]
for t in things:
    print(type(t).__name__.ljust(9),
          isinstance(t, Shape), isinstance(t, (Square, int)), isinstance(t, object),
          isinstance(t, (list, tuple, dict)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Square, (Circle, Shape)))
print(issubclass(Shape, Shape), issubclass(Shape, object), issubclass(type, object))
print(isinstance(Shape, type), isinstance(int, type), type(Shape) is type)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
