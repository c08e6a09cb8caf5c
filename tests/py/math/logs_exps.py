# log with a base, on ints too big for a float; log2, log10, log1p, exp,
# exp2, expm1, cbrt, sqrt, pow: values, domain and range errors
import math
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.log(8, 2)', 'math.log(100, 10)', 'math.log(0)', 'math.log(-1)', 'math.log(10**400)',
          'math.log(10**400, 10)', 'math.log(8, 1)', 'math.log(8, 0)', 'math.log(1, 1)', 'math.log(2**10000, 2)',
          'math.log(-(10**400))', 'math.log2(2**1000)', 'math.log2(0)', 'math.log10(10**300)', 'math.log10(-5)',
          'math.log1p(-1)', 'math.log1p(1e-20)', 'math.log1p(-2)', 'math.expm1(1e-10)', 'math.expm1(1000)',
          'math.exp(1000)', 'math.exp(-1000)', 'math.exp(math.inf)', 'math.exp(-math.inf)', 'math.exp2(10)',
          'math.exp2(0.5)', 'math.exp2(2000)', 'math.exp2(-2000)', 'math.cbrt(27)', 'math.cbrt(-8)', 'math.cbrt(2)',
          'math.sqrt(-1)', 'math.sqrt(4)', 'math.sqrt(10**400)', 'math.sqrt(-0.0)', 'math.pow(0, -1)',
          'math.pow(-8, 1/3)', 'math.pow(2, 1024)', 'math.pow(math.inf, 0)', 'math.pow(0, 0)', 'math.pow(-1, math.inf)',
          'math.pow(math.nan, 0)', 'math.log()', 'math.log(1, 2, 3)', "math.sqrt('a')", 'math.sqrt()']:
    t(e)
