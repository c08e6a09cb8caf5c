# a module's __name__, __package__, __file__, __path__ (packages only) and __dict__
import sys
import simple
import pkg
import pkg.deep.leaf as leaf
HERE = sys.path[0]
for m in [simple, pkg, pkg.deep, leaf]:
    path = getattr(m, '__path__', None)
    print(m.__name__, repr(m.__package__), m.__file__.replace(HERE, '<here>'),
          [p.replace(HERE, '<here>') for p in path] if path is not None else 'no __path__')
print(simple.__dict__ is vars(simple), simple.__dict__['X'], type(simple).__name__)
print(sorted(k for k in vars(simple) if not k.startswith('__')))
