# an uncaught OverflowError: math range error
import math
print(math.exp(709))
print(math.exp(710))
