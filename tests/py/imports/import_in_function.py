# an import inside a function binds a local name; the module stays cached for everyone
import sys


def use():
    import simple
    from pkg import VERSION
    import pkg.sub
    return simple.X, VERSION, pkg.sub.helper(), sorted(k for k in locals())


print(use())
print('simple' in globals(), 'simple' in sys.modules)
print(use()[0])
