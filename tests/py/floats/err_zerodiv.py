# float division by zero raises ZeroDivisionError: float division by zero
print(1.0 / 2)
print(1.0 / 0)
