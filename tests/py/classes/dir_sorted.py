# dir() returns a sorted list of names: instance attributes, class attributes and methods, inherited ones
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    zeta = 2
    def alpha(self):
        pass
c = Child()
c.middle = 3
c.Upper = 4
public = [n for n in dir(c) if not n.startswith('__')]
print(public)
print(public == sorted(public))
print([n for n in dir(Child) if not n.startswith('_')])
print('__init__' in dir(c), '__class__' in dir(c), 'middle' in dir(Child))
print([n for n in dir([]) if not n.startswith('_')])
