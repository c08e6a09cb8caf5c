# private names are mangled in annotations as everywhere in a class body:
# parameter names, class variables, and the names used in the annotation
class Shape:
    __secret: int = 1
    _Shape__plain: str
    public: '__not_mangled'
    def area(self, __scale: float, *__rest: int, __k: bool = True, **__kw: None) -> float:
        return 0.0
print(Shape.__annotations__)
print(Shape.area.__annotations__)
class Outer:
    __T = int
    def use(self, x: __T) -> __T:
        return x
print(Outer.use.__annotations__)
