# sys.modules is the cache: a second import does not run the module, deleting the entry makes the next import run it again
import sys
import counter
import counter
print('loads so far', sys._counter_loads)
first = counter
del sys.modules['counter']
import counter
print('loads now', sys._counter_loads, 'same object:', first is counter)
