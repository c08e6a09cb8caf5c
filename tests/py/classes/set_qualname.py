# a class's __qualname__ can be set (a str only; not deleted; not on a built-in type), and its repr and the __qualname__ of its instances' type follow
class A:
    pass
print(A.__qualname__, A)
A.__qualname__ = 'Outer.Inner'
print(A.__qualname__, A, repr(A), type(A()).__qualname__, A.__name__)
for bad in (5, None):
    try:
        A.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del A.__qualname__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__qualname__ = 'x'
except TypeError as e:
    print("TypeError:", e)
def make():
    class Local:
        pass
    return Local
L = make()
print(L.__qualname__)
L.__qualname__ = 'Renamed'
print(L, L.__qualname__)
