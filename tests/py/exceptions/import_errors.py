# importing a missing module raises ModuleNotFoundError (a subclass of ImportError); e.name says which
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(issubclass(ModuleNotFoundError, ImportError))
import math
print(math.floor(2.5))
