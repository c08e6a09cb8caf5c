# 0j to a negative power: ZeroDivisionError
print(0j ** 2)
print(0j ** -1)
