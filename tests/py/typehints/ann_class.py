# class bodies: __annotations__ exists in the class namespace only when the
# body (not a nested def or class) holds an annotated assignment, in any
# compound statement; values are stored, the bare ones are not
class Point:
    x: int
    y: int = 0
    def method(self):
        inner: int = 1
print(Point.__dict__['__annotations__'], Point.y, hasattr(Point, 'x'))
class Empty:
    def method(self):
        local: int = 1
print('__annotations__' in Empty.__dict__)
class Nested:
    class Inner:
        z: str
print('__annotations__' in Nested.__dict__, Nested.Inner.__annotations__)
class Compound:
    if True:
        a: int
    for i in range(1):
        b: 'B'
    with open(__file__) as fh:
        c: float = 1.5
    try:
        d: bytes
    except Exception:
        e: None
    match 2:
        case 2:
            f: list
print(Compound.__annotations__)
class Base:
    base: int
class Derived(Base):
    derived: str
print(Derived.__annotations__, Base.__annotations__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {}
class WithMeta(metaclass=Meta):
    v: int = 4
print(WithMeta.__annotations__, WithMeta.v)
