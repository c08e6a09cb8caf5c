# isqrt, factorial, gcd and lcm with any number of arguments, on big ints
import math
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.isqrt(0)', 'math.isqrt(99)', 'math.isqrt(10**50)', 'math.isqrt(2**200 - 1)', 'math.isqrt(-1)',
          'math.isqrt(2.0)', 'math.isqrt(True)', 'math.factorial(0)', 'math.factorial(30)', 'math.factorial(-1)',
          'math.factorial(5.0)', 'math.factorial(2**70)', 'len(str(math.factorial(1000)))',
          'math.factorial(100) % (10**9 + 7)', 'math.gcd()', 'math.gcd(0)', 'math.gcd(-7)', 'math.gcd(12, 18, 27)',
          'math.gcd(-12, 18)', 'math.gcd(2**80, 2**70 * 3)', 'math.gcd(1.0, 2)', 'math.gcd(0, 0)', 'math.lcm()',
          'math.lcm(4, 6)', 'math.lcm(4, 6, 10)', 'math.lcm(0, 5)', 'math.lcm(-4, 6)', 'math.lcm(2**70, 3)',
          'math.lcm(3, 1.5)', 'math.gcd(*range(6, 600, 6))', 'math.lcm(*range(1, 30))']:
    t(e)
