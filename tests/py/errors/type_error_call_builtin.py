# calling a built-in with the wrong number of arguments
print(abs(-1))
print(abs(1, 2))
