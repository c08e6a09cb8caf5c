# the module's names are 3.11's, its constants CPython's
import math
print([n for n in dir(math) if not n.startswith('_')])
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print(math.inf == float('inf'), math.isnan(math.nan), math.nan is math.nan, -math.inf < 0)
print(math.__name__, math.isfinite(1e308), math.isinf(-math.inf), math.isfinite(math.nan))
