# true division of ints by zero raises ZeroDivisionError: division by zero
x = 0
print(1 / 2)
print(1 / x)
