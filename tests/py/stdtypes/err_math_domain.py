# an uncaught math domain error
import math
for v in [4, 0, -9]:
    print(math.sqrt(v))
