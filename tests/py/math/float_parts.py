# frexp, ldexp, modf, copysign, nextafter, ulp, remainder, fmod on the edge
# cases: signed zeros, infinities, nan, huge exponents
import math
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.frexp(8.0)', 'math.frexp(0.0)', 'math.frexp(-0.0)', 'math.frexp(math.inf)', 'math.frexp(5e-324)',
          'math.ldexp(1.0, 1024)', 'math.ldexp(1.0, -1080)', 'math.ldexp(1.0, 10**30)', 'math.ldexp(1.0, -10**30)',
          'math.ldexp(1.0, 2.0)', 'math.ldexp(0.0, 10**30)', 'math.ldexp(math.inf, -5)', 'math.modf(3.5)',
          'math.modf(-3.5)', 'math.modf(math.inf)', 'math.modf(-math.inf)', 'math.copysign(3, -0.0)',
          'math.copysign(-3, 1)', 'math.copysign(math.nan, -1)', 'math.nextafter(1.0, 2.0)', 'math.nextafter(1.0, 0.0)',
          'math.nextafter(0.0, 1.0)', 'math.nextafter(0.0, -1.0)', 'math.nextafter(1.0, math.inf)',
          'math.nextafter(math.inf, 0)', 'math.nextafter(1, 1)', 'math.ulp(1.0)', 'math.ulp(0.0)', 'math.ulp(math.inf)',
          'math.ulp(math.nan)', 'math.ulp(-3.5)', 'math.ulp(1e308)', 'math.ulp(5e-324)', 'math.remainder(10, 3)',
          'math.remainder(-10, 3)', 'math.remainder(5, 0)', 'math.remainder(math.inf, 1)', 'math.remainder(3, math.inf)',
          'math.remainder(2.5, 1)', 'math.remainder(3.5, 1)', 'math.fmod(10, 3)', 'math.fmod(-10, 3)', 'math.fmod(10, 0)',
          'math.fmod(math.inf, 1)', 'math.fmod(1, math.inf)', 'math.nextafter(1)', 'math.ldexp(1.0)']:
    t(e)
