# complex division by zero ends the program with CPython's ZeroDivisionError
z = 1 + 2j
print(z / 2)
print(z / 0j)
