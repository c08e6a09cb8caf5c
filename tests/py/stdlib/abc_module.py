# abc: abstract methods block instantiation until overridden; register() and __subclasshook__ answer isinstance/issubclass
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side

for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print('TypeError:', e)
s = FullSquare(3)
print(s.describe(), s.perimeter(), sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__)
print(isinstance(s, Shape), issubclass(FullSquare, Shape), type(Shape).__name__, isinstance(Shape, ABCMeta))

class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
try:
    Named()
except TypeError as e:
    print('TypeError:', e)
class Impl(Named):
    name = 'impl'
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name)

class Drawable(ABC):
    pass
Drawable.register(str)
@Drawable.register
class Canvas:
    pass
print(isinstance('x', Drawable), issubclass(str, Drawable), isinstance(Canvas(), Drawable), isinstance(3, Drawable), issubclass(bool, Drawable))

class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any('close' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class File:
    def close(self):
        pass
class SubFile(File):
    pass
print(isinstance(File(), Closeable), isinstance(SubFile(), Closeable), isinstance(1, Closeable), issubclass(list, Closeable))

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return 'base run'
class Child(Base):
    def run(self):
        return 'child, then ' + super().run()
print(Child().run())
try:
    issubclass(3, Drawable)
except TypeError as e:
    print('TypeError:', e)
