# from m import *: __all__ decides; without it every name not starting with an underscore, imported modules included
from star_all import *
print(sorted(n for n in dir() if not n.startswith('__')))
from star_noall import *
print(sorted(n for n in dir() if not n.startswith('__')))
