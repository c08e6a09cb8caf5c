# dividing huge ints whose quotient overflows a double raises OverflowError
print(10 ** 400 / 10 ** 390)
print(10 ** 400 / 3)
