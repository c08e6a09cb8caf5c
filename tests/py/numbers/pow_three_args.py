# pow(base, exp, mod): a class's own __pow__ takes the modulus (never
# __rpow__); int.__pow__ and friends accept it as a second argument.
class M:
    def __init__(self, v): self.v = v
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other):
        return ("rpow", other, self.v)
print(pow(M(2), 3), pow(M(2), 3, 5), M(2) ** 3, 2 ** M(3))
print(pow(2, 10, 1000), pow(-3, 3, 7), pow(3, -1, 7))
print((2).__pow__(3), (2).__pow__(3, 5), int.__pow__(2, 5, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
for args in [(2, 3, "x"), ("a", 2, 3), (2, 3.0, 5), (M(1), 2, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(e)
class N:
    def __pow__(self, other, mod=None):
        return NotImplemented
try:
    pow(N(), 2, 3)
except TypeError as e:
    print(e)
class I(int):
    pass
print(pow(I(3), 2, 5))
print(int.__pow__(2, 3.0, 5), float.__rpow__(2.0, 3, None), (3).__rpow__(2, 5))
for f, a in [(int.__pow__, (2,)), (int.__pow__, (2, 1, 2, 3)), (float.__pow__, (2.0, 3, 5))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
