# a digit too big for the base raises ValueError naming the base
print(int('0b1', 0))
print(int('129', 8))
