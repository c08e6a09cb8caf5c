# integer floor division by zero raises ZeroDivisionError with CPython's message
print(7 // 3)
print(7 // 0)
