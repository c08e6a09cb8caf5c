# divmod() by zero, and a big int divided by zero
print(divmod(10 ** 30, 7))
print(divmod(10 ** 30, 0))
