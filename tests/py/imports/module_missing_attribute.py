# a missing attribute of a module: AttributeError "module 'x' has no attribute 'y'"
import simple
import sys
try:
    simple.missing
except AttributeError as e:
    print(e)
try:
    sys.missing
except AttributeError as e:
    print(e)
