# AttributeError on a module, with CPython 3.11's suggestion
import math
print(math.sqrt(16))
print(math.sqr(16))
