# int() with an invalid base raises ValueError
print(int('12', 3))
print(int('12', 1))
