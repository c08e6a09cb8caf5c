# a circular import with `from x import y`: the name is not there yet, and CPython says it is most likely a circular import
import sys
HERE = sys.path[0]
try:
    import circ_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, '<here>'))
print('circ_x' in sys.modules, 'circ_y' in sys.modules)
