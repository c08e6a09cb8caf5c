# trunc, floor and ceil go through __trunc__, __floor__ and __ceil__ (any
# result), else through __float__; int-taking functions use __index__
import math
class Tr:
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __float__(self): return 2.5
    def __index__(self): return 7
class F:
    def __float__(self): return 9.5
o = Tr()
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.trunc(o)', 'math.floor(o)', 'math.ceil(o)', 'math.sqrt(o)', 'math.factorial(o)', 'math.comb(o, 2)',
          'math.isqrt(o)', 'math.gcd(o, 14)', 'math.perm(o, 1)', 'math.ldexp(1, o)', 'math.sqrt(F())',
          'math.floor(F())', 'math.ceil(F())', 'math.trunc(F())', 'math.trunc(3.7)', 'math.trunc(-3.7)',
          'math.floor(-3.5)', 'math.ceil(-3.5)', 'math.floor(10**30)', 'math.ceil(1e300)', 'math.floor(math.inf)',
          'math.ceil(math.nan)', "math.trunc('a')", "math.floor('a')", 'math.floor(True)', 'math.floor(2**100 + 0.5)',
          'math.sqrt(True)', 'math.floor(-0.0)', 'math.ceil(-0.5)']:
    t(e)
