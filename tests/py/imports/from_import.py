# from m import a, b as c binds the attributes; from pkg import submodule imports the submodule when it is not yet an attribute
from simple import X, f as g
print(X, g())
from pkg import sub, VERSION
print(sub.helper(), VERSION)
from pkg.deep import leaf, twig
print(leaf.__name__, twig.NAME)
print('simple' in dir(), 'pkg' in dir())
