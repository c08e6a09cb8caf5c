# math error messages: domain and range errors, type errors, argument counts
import math
cases = [lambda: math.sqrt(-1), lambda: math.sqrt('a'), lambda: math.sqrt(1, 2), lambda: math.sqrt(10 ** 400),
         lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.log(10, 1), lambda: math.log(1, 1),
         lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log(-(10 ** 400)), lambda: math.log2(0),
         lambda: math.log10(-5), lambda: math.log1p(-1), lambda: math.log1p(-2), lambda: math.exp(1000),
         lambda: math.exp2(2000), lambda: math.expm1(1000), lambda: math.cosh(1000), lambda: math.sinh(-1000),
         lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.acosh(0), lambda: math.atanh(1),
         lambda: math.atanh(-1), lambda: math.sin(math.inf), lambda: math.cos(-math.inf), lambda: math.tan(math.inf),
         lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.gamma(-2.0), lambda: math.gamma(200),
         lambda: math.lgamma(0), lambda: math.lgamma(-3), lambda: math.pow(0.0, -1), lambda: math.pow(-8, 1 / 3),
         lambda: math.pow(10, 400), lambda: math.pow(0, -math.inf), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
         lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 2), lambda: math.ldexp(1.0, 1.5),
         lambda: math.ldexp(1.0, 10 ** 10), lambda: math.ldexp(1e308, 10), lambda: math.atan2(1),
         lambda: math.hypot(1, 'a'), lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.gcd(1.5),
         lambda: math.lcm(2, '3'), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.factorial(2 ** 70),
         lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.comb(-1, 2), lambda: math.comb(1, -2),
         lambda: math.comb(5), lambda: math.comb(10 ** 30, 10 ** 20), lambda: math.perm(5, -1), lambda: math.perm(1, 2, 3),
         lambda: math.perm(-1), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, abs_tol=-1),
         lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.prod([1, 2], 3), lambda: math.prod(5),
         lambda: math.trunc('a'), lambda: math.floor('a'), lambda: math.ceil(None), lambda: math.floor(math.inf),
         lambda: math.ceil(math.nan), lambda: math.trunc(math.inf), lambda: math.copysign(1, 'a'), lambda: math.isnan('a'),
         lambda: math.frexp('x'), lambda: math.fsum([1, 'a']), lambda: math.fsum(5), lambda: math.floor(1, 2)]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
