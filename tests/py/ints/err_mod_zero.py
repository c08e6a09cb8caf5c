# integer modulo by zero raises ZeroDivisionError with CPython 3.11's message
print(7 % 3)
print(7 % 0)
