# importing a package runs only its __init__; its submodules wait until they are imported
import sys
import pkg
print('pkg.sub' in sys.modules, hasattr(pkg, 'sub'))
import pkg.sub
print('pkg.sub' in sys.modules, hasattr(pkg, 'sub'))
