# zero to a negative power raises ZeroDivisionError
print(0 ** 0, 0 ** 2)
print(0 ** -1)
