# argument errors of the math functions: keywords refused (log's message is
# its own), wrong counts and types, and the odd edge values
import math
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.sqrt(x=1)', 'math.log(x=1)', 'math.comb(1, 2, 3)', 'math.comb(n=5, k=2)', 'math.perm(1, 2, 3)',
          'math.gcd(a=1)', 'math.isclose(1, 2, 0.1)', 'math.isclose(a=1, b=1)', 'math.isclose(1, 1, tol=1)',
          'math.fsum()', 'math.prod([1], 2)', 'math.prod([1], start=2, x=1)', 'math.dist((1,2))', 'math.dist((1,), [1])',
          "math.dist(('a',), (1,))", 'math.hypot(x=1)', 'math.ldexp(x=1, i=2)', 'math.factorial()', 'math.factorial(1, 2)',
          'math.atan2(1)', 'math.pow(1)', 'math.copysign(1, "a")', 'math.frexp("a")', 'math.modf(None)', 'math.trunc()',
          'math.floor(1, 2)', 'math.isqrt(-10**30)', 'math.factorial(10**20)', 
          'math.ceil(x=1)', 'math.nextafter(1, 2, 3)', 'math.ulp()', 'math.remainder(1)', 'math.exp(10**400)',
          'math.sqrt(10**400)', 'math.log(10**400, 10**400)', 'math.log(0, 10)', 'math.log(10, 0.0)', 'math.log(1.0, 1.0)',
          'math.lcm(1.5)', 'math.gcd(2, 3.0)', 'math.perm(5, 2.0)', 'math.comb(5, True)', 'math.fmod(1, "x")',
          'math.isfinite("x")', 'math.isnan()', 'math.degrees(1, 2)', 'math.cbrt(-0.0)', 'math.exp2(-1075)',
          'math.ldexp(1.5, -1074)', 'math.ldexp(1.5, -1075)', 'math.ldexp(True, True)', 'math.hypot(*range(100))',
          'math.fsum([1e308, 1e308, -1e308, -1e308])', 'math.fsum(iter([1.0, float("nan")]))', 'math.prod([math.inf, 0])']:
    t(e)
for name in ['sqrt', 'log', 'atan2', 'pow', 'ldexp', 'hypot', 'dist', 'gcd', 'comb', 'isqrt', 'factorial', 'floor',
             'copysign', 'fsum', 'prod', 'isclose', 'nextafter', 'ulp', 'remainder', 'modf', 'frexp', 'trunc', 'perm']:
    try:
        getattr(math, name)(zz=1)
    except TypeError as e:
        print(name, e)
