# the name bound by import is an ordinary variable: it can be deleted and rebound without touching sys.modules
import sys
import simple
del simple
print('simple' in dir(), 'simple' in sys.modules)
import simple
simple = 'now a string'
import simple as s
print(simple, s.X)
