# an uncaught ValueError from the math module ends the program
import math
print(math.factorial(5))
print(math.factorial(-3))
