# printing an int of more than 4300 decimal digits raises ValueError in CPython 3.11 (hex has no limit)
big = 10 ** 5000
print(len(hex(big)), big % 7)
small_enough = 2 ** 14000
print(len(str(small_enough)))
print(big)
