# import a.b.c imports each package on the way, binds only the top name, and sets each submodule as an attribute of its parent
import sys
import pkg.deep.leaf
print(pkg.__name__, pkg.deep.__name__, pkg.deep.leaf.__name__)
print([m for m in sorted(sys.modules) if m.startswith('pkg')])
print('deep' in dir(), 'leaf' in dir(), hasattr(pkg, 'sub'), hasattr(pkg.deep, 'twig'))
import pkg.sub as sub_alias
print(sub_alias.helper(), sub_alias is pkg.sub)
