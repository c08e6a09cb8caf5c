import sys
loads = getattr(sys, '_counter_loads', 0) + 1
sys._counter_loads = loads
print('counter: executing, load number', loads)
