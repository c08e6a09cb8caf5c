# the math module: sqrt, floor, ceil, trunc, pi, e, inf, nan, isclose (rel_tol, abs_tol), gcd, factorial, fabs, hypot, log, exp, pow, isinf/isnan
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, type(math.inf).__name__)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(10 ** 20))
for x in [2.5, -2.5, 3.0, -0.5, 7, 1e20, -1]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2 ** 40, 6 ** 20))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.fabs(-3), math.hypot(3, 4), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log(1))
print(math.isinf(math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(0.0), math.inf == float('inf'))
print(math.floor(-0.0), math.ceil(-0.5), math.floor(10 ** 30), math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
from math import sqrt, pi as PI
print(sqrt(81), PI == math.pi, round(PI, 4))
