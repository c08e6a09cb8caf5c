# a relative import that climbs above the top-level package: ImportError
try:
    import pkg.deep.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print('pkg.deep.beyond' in sys.modules, 'pkg.deep' in sys.modules)
