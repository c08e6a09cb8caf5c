# a module-level __getattr__ (PEP 562) answers for missing attributes, also for from-imports
import modgetattr
print(modgetattr.static, modgetattr.dynamic)
from modgetattr import dynamic
print(dynamic)
try:
    modgetattr.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from modgetattr import other
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
