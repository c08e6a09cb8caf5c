# An import that fails is reported as the whole statement: the traceback
# shows the source line without carets, even with several names.
import sys, math

def load():
    import math as m, no_such_module_here as other
    return other

print(sys.maxsize > 0, math.floor(2.5))
load()
