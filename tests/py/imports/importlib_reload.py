# importlib.reload runs the module's code again in the same module object
import importlib
import sys
import counter
first = counter
again = importlib.reload(counter)
print(again is first, sys._counter_loads, counter.loads)
try:
    importlib.reload('counter')
except TypeError as e:
    print(type(e).__name__, e)
