# from package import *: the package's __all__ may name submodules, which are imported
from pkg import *
print(VERSION, sub.helper())
import sys
print('pkg.sub' in sys.modules)
