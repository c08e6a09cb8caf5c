# type(x), x.__class__, __name__ and __qualname__ of classes, nested classes and methods
class Outer:
    class Inner:
        def method(self):
            pass
    def method(self):
        pass

o = Outer()
i = Outer.Inner()
print(type(o) is Outer, o.__class__ is Outer, type(i).__name__, type(i).__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.Inner.method.__qualname__)
for value in [1, 1.5, 'a', [], (), {}, None, True, Outer, len, o.method]:
    print(type(value).__name__, value.__class__.__name__)
print(type(type), type(1), type(o).__module__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)
print(type(L()) is L, type(L()) is type(L()))
