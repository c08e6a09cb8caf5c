# at the end, a namespace in no cycle (no function or class defined in it) is released in the order its names were defined
import gc
a = [1, 2]
b = {'k': a}
gc.disable()
print('end', b)
