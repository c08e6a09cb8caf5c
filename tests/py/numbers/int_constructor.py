# int(x) for floats, bools, strings and objects with __int__ / __index__ / __trunc__; int subclasses
def check(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for x in [3.7, -3.7, 0.5, -0.0, 1e20, -1e20, 2.0 ** 63, -2.0 ** 63, 1.7976931348623157e308, True, False, 5]:
    check(lambda: int(x))
check(lambda: int(float('nan')))
check(lambda: int(float('inf')))
check(lambda: int(float('-inf')))
check(lambda: int())
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
class Bad:
    def __int__(self):
        return 'x'
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
check(lambda: int(I()))
check(lambda: int(X()))
check(lambda: int(Bad()))
check(lambda: int(Both()))
check(lambda: int([1]))
check(lambda: int(None))
check(lambda: int({}))
class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m, type(m).__name__, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt('ff', 16), MyInt(), MyInt(2 ** 100), MyInt(-3.9), int(m), type(int(m)).__name__, -m, abs(MyInt(-4)))
print(MyInt(10) // 3, MyInt(10) % 3, MyInt(2) ** 10, [1, 2, 3][MyInt(1)], str(m), repr(m), f'{m:x}')
class Cnt(int):
    pass
c = Cnt(5)
c.label = 'five'
print(c, c.label, c + c, type(c).__mro__[1].__name__)
d = {MyInt(1): 'a', 1: 'b'}
print(d)
check(lambda: int.__new__(bool, 5))
check(lambda: int.__new__(int, 5))
check(lambda: float.__new__(int, 5))
check(lambda: int.__new__(float, 5))
check(lambda: bool.__new__(bool, 5))
check(lambda: int.__new__(MyInt, '12'))
check(lambda: float.__new__(MyFloat, '2.5') if False else float.__new__(float, '2.5'))
