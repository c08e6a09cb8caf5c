# cmath.log(0) is a math domain error
import cmath
print(cmath.log(1j))
print(cmath.log(0))
