# Name mangling inside a class: __name becomes _Class__name, except names
# that end with two underscores -- __x__, and __ and ___ themselves -- in
# the class body, in annotations and in __slots__ alike.
class T:
    __ = 1
    ___ = 2
    __x__ = 3
    __y = 4
    _ = 5
    a: int
    __: int
    def m(self): return self.__y
print(sorted(k for k in T.__dict__ if not k.startswith('__') or k in ('__', '___', '__x__')), T().m())
print(T.__annotations__)
class Sl:
    __slots__ = ("__", "__a", "__b__")
print(sorted(k for k in Sl.__dict__ if "_" in k and k not in ("__module__", "__slots__", "__doc__")))
