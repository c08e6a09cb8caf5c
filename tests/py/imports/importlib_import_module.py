# importlib.import_module: absolute and relative names, and the module it returns
import importlib
m = importlib.import_module('pkg.sub')
print(m.__name__, m.helper())
t = importlib.import_module('.deep.twig', 'pkg')
print(t.__name__, t.NAME)
try:
    importlib.import_module('.twig')
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('nope_nothing')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
