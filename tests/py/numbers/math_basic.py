# the math module: constants, libm functions, floor/ceil/trunc, logs of huge ints, frexp/modf/ldexp
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
xs = [0.0, 0.5, 1.0, 2.0, -0.5, 10.0, 1e-10]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'erf', 'erfc', 'fabs', 'degrees', 'radians', 'cbrt']:
    f = getattr(math, name)
    print(name, [f(x) for x in xs if not (name in ('sqrt',) and x < 0)])
print([math.asin(x) for x in [-1, -0.5, 0, 0.5, 1]], [math.acos(x) for x in [-1, 0, 1]])
print([math.acosh(x) for x in [1, 2, 10]], [math.atanh(x) for x in [-0.5, 0, 0.5]])
print(math.gamma(5), math.gamma(1), math.gamma(10), math.lgamma(1), math.lgamma(2))
for x in [2.5, -2.5, 3, -3, 0.0, -0.0, 1e20, True, 2 ** 70]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1e-5), math.log(2 ** 1000))
print(math.log(10 ** 500), math.log2(2 ** 2000), math.log10(10 ** 400), math.log(10 ** 400, 10 ** 200), math.log(True, 2))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(math.inf), math.modf(3.75), math.modf(-2.5))
print(math.modf(math.inf), math.modf(-math.inf), math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080))
print(math.ldexp(1.0, -(10 ** 10)), math.ldexp(0.0, 10 ** 10), math.ldexp(-math.inf, 5))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7, math.inf))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1), math.hypot(1e300, 1e300), math.hypot(math.nan, math.inf))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.hypot(1e-300, 1e-300))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(a=1, b=1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0.0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-0.0, 3))
print(math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, math.inf), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))
print(math.sqrt(2) ** 2, math.sqrt(10 ** 300), math.exp(-1000), math.sqrt(-0.0), math.sin(math.pi), math.cos(math.tau))
class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
    def __float__(self):
        return 1.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.sqrt(Fl()), math.isnan(Fl()))
print(math.hypot(1e-300, 1e300), math.hypot(5e-324, 5e-324), math.hypot(1e-320, 3e-320), math.hypot(1.7e308, 1.7e308))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1e-200, 3e-200, 1e200), math.dist((1e308,), (-1e308,)), math.hypot(-0.0, 0.0))
