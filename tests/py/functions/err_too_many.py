# calling with too many positional arguments
def f(a, b):
    return a * b
print(f(2, 3))
f(1, 2, 3)
