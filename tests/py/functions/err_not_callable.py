# calling something that is not a function raises TypeError
x = 5
print(abs(-x))
x()
