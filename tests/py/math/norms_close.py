# hypot with any number of coordinates and dist between points (CPython's
# accurate vector norm), isclose and its tolerances
import math
import random
random.seed(11)
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.hypot()', 'math.hypot(3, 4)', 'math.hypot(1, 2, 3)', 'math.hypot(-3)', 'math.hypot(math.inf, math.nan)',
          "math.hypot('a')", "math.hypot(1, 'a')", 'math.hypot(1e-320, 1e-320)', 'math.hypot(1e200, 1e200)',
          'math.hypot(1e308, 1e308)', 'math.dist((0, 0), (3, 4))', 'math.dist((1,), (1, 2))', 'math.dist([1, 2], [3, 4])',
          'math.dist((1, 2, 3), (4, 5, 6))', 'math.dist(1, 2)', 'math.dist((), ())',
          'math.isclose(1.0, 1.0 + 1e-10)', 'math.isclose(1.0, 1.1, rel_tol=0.2)', 'math.isclose(1.0, 1.1, rel_tol=-1)',
          'math.isclose(0, 1e-10, abs_tol=1e-9)', 'math.isclose(math.inf, math.inf)', 'math.isclose(math.nan, math.nan)',
          'math.isclose(1, 2, 3)', 'math.isclose(1)', 'math.isclose(1, 1, abs_tol=-1)']:
    t(e)
for k in range(1, 25):
    xs = [random.uniform(-10, 10) * 10 ** random.randint(-20, 20) for _ in range(k)]
    ys = [random.uniform(-10, 10) for _ in range(k)]
    print(k, repr(math.hypot(*xs)), repr(math.dist(xs, ys)))
