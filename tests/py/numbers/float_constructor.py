# float(): text with whitespace, '_' between digits, inf/nan in any case; __float__ and __index__ objects
def check(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
texts = ['1.5', '  -2.25\n', '1_000.000_1', '1e3', '1E-3', '.5', '5.', '+.5e+2', 'inf', '-Infinity', 'INF', 'nan',
         '-NaN', '+nan', '1e500', '-1e-500', '0x10', '1__0', '_1', '1_', '1_e5', '1e_5', '1._5', '1_.5', '.', '',
         ' ', 'e5', '1e', '1e+', 'infinit', 'nan(1)', '1.5.5', '١٫٥', '\u20031.5\u3000', '12345678901234567890.5',
         '0.1', '2.2250738585072011e-308', '4.9e-324', '2.4703282292062328e-324', '1.7976931348623158e308']
for t in texts:
    check(lambda: float(t))
for x in [1, -1, 2 ** 53 + 1, 2 ** 63, True, False, 10 ** 308, 1.5]:
    check(lambda: float(x))
check(lambda: float(10 ** 309))
check(lambda: float())
check(lambda: float([]))
check(lambda: float(None))
check(lambda: float(x=1))
check(lambda: float(1, 2))
class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
check(lambda: float(A()))
check(lambda: float(B()))
check(lambda: float(C()))
class MyFloat(float):
    def half(self):
        return self / 2
m = MyFloat('3.5')
print(m, type(m).__name__, m.half(), m + 1, type(m + 1).__name__, MyFloat(), MyFloat(2), isinstance(m, float))
print(repr(m), str(m), f'{m:.2f}', hash(m) == hash(3.5), m == 3.5, -m, abs(MyFloat(-1.25)), float(m), type(float(m)).__name__)
