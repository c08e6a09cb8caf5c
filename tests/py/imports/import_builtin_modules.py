# built-in modules come from the interpreter itself, before sys.path is searched
import sys
import gc
import time
print(repr(sys), repr(gc), repr(time))
print(sys.modules['sys'] is sys, 'gc' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
