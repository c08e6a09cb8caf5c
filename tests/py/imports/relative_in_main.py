# a relative import in the main script: there is no parent package
try:
    from . import simple
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .simple import X
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
