# a positional and a keyword argument for the same parameter
def f(a, b):
    return a - b
print(f(5, b=3))
f(1, a=2)
