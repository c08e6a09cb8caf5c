# float modulo by zero has its own message
print(5.5 % 2)
print(5.5 % 0)
