# calling with too few arguments: TypeError names the function and the missing parameter
def f(a, b):
    return a + b
print(f(1, 2))
f(1)
