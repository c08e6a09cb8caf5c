# the TypeErrors and ValueErrors complex numbers meet, with CPython's messages
import math
tests = ["1j < 2j", "1j >= 1", "1 > 1j", "int(1j)", "float(1j)", "1j // 2", "2 % 1j", "divmod(1j, 2)",
         "divmod(2.5, 1j)", "round(1j)", "round(1j, 2)", "pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(2, 3, 1j)",
         "pow(1.5, 2, 1j)", "pow(1j, 'a', 3)", "~1j", "1j & 1", "1j << 1", "1j @ 1j", "1j + 'a'", "'a' * 1j",
         "[1] * 1j", "math.sqrt(1j)", "math.floor(2j)", "math.isclose(1j, 1j)", "complex('1+2j', 1)",
         "complex(1, '2')", "complex([])", "complex(1, [])", "complex(b'1')", "complex(None)",
         "complex(1, 2, 3)", "complex(x=1)", "(1j).real.foo", "(1j).conjugate(1)", "1j + 10**400",
         "complex(10**400)", "hex(1j)", "range(1j)", "(1, 2).__getitem__(1j)", "chr(1j)", "sorted([1j, 2j])",
         "max(1j, 2j)", "len(1j)", "iter(1j)", "abs(complex(1e308, 1e308))", "(1e200j) ** 2",
         "(1e200+1e200j) ** 2.5", "1j / 0", "1j / 0j", "1 / 0j", "0j ** -1", "0j ** 1j", "0j ** -2.5",
         "format(1j, '010')", "format(1j, '=10')", "format(1j, 'd')", "format(1j, '%')", "format(1j, 'x')",
         "format(1j, 1)", "'%d' % 1j", "'%f' % 1j", "'%x' % 1j", "complex.__new__(int)", "(1j).__format__(None)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)

class Bad:
    def __complex__(self):
        return 1.5
class Raises:
    def __complex__(self):
        raise RuntimeError('no')
for obj in [Bad(), Raises()]:
    try:
        complex(obj)
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    (1j).real = 2
except AttributeError as e:
    print(e)
import cmath
for f, args in [(cmath.sqrt, ('a',)), (cmath.sqrt, ()), (cmath.sqrt, (1, 2)), (cmath.log, (1, 2, 3)),
                (cmath.log, (0,)), (cmath.log, (1, 1)), (cmath.rect, (1j, 1)), (cmath.rect, (1,)),
                (cmath.isclose, (1, 2, 3)), (cmath.isclose, (1,)), (cmath.exp, (1000,)), (cmath.cosh, (1e3j + 1e3,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ':', e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
# the power slots called with a modulus, as pow() calls them
for t in ["(1j).__pow__(2, 3)", "(1j).__rpow__(2, 3)", "(1j).__pow__('a', 3)", "(2.0).__pow__(2, 3)",
          "(2.0).__pow__(1j, 3)", "(2).__pow__(3, 5)", "(2).__pow__(1j, 5)", "pow(2, 1.5, 3)", "pow('a', 2, 1.5)"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)
for t in ["(2.0).__pow__('a', 3)", "pow(1j, 'a', 1.5)", "pow('a', 1j, 2)"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)
