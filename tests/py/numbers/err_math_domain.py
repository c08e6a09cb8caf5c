# math.sqrt of a negative number ends the program
import math
print(math.sqrt(16))
print(math.sqrt(-16))
