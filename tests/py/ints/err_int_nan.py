# int() of a NaN raises ValueError
print(int(-2.5))
print(int(float('nan')))
