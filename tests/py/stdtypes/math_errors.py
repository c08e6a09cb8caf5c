# math errors: domain errors, overflow, wrong types, as CPython words them
import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.floor(math.inf),
         lambda: math.ceil(math.nan), lambda: math.exp(1000), lambda: math.factorial(-1),
         lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.sqrt('4'), lambda: math.gcd(1.5, 2),
         lambda: math.acos(2), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.trunc(None)]
for i, c in enumerate(cases):
    try:
        print(i, 'ok', c())
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
