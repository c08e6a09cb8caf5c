# listing the same base class twice is a TypeError at class creation
class Base:
    pass
class Fine(Base):
    pass
print([c.__name__ for c in Fine.__mro__])
class Twice(Base, Base):
    pass
