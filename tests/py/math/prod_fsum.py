# prod with start and mixed types; fsum exact (Shewchuk's partials) with
# infinities, nans and overflow as CPython reports them
import math
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['math.prod([])', 'math.prod([1, 2, 3])', 'math.prod([1.5, 2])', 'math.prod(range(1, 30))',
          'math.prod([2, 3], start=10)', 'math.prod([2, 3], start=1.5)', "math.prod(['a', 3])", "math.prod([3, 'a'])",
          'math.prod([[1], 3])', 'math.prod([2**40, 2**40, 2**40])', 'math.prod([1, 2], 3)', 'math.prod()',
          'math.prod(1)', 'math.prod(iter([1, 2.5, True]))', 'math.fsum([0.1] * 10)', 'sum([0.1] * 10)',
          'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', 'math.fsum([math.inf, 1])',
          'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.fsum([1e308, 1e308, -1e308])',
          'math.fsum([math.nan, 1])', 'math.fsum([])', "math.fsum(['a'])", 'math.fsum(1)',
          'math.fsum([2**53, 1, 1])', 'math.fsum(x / 7 for x in range(1000))', 'math.fsum([1, 10**400])']:
    t(e)
