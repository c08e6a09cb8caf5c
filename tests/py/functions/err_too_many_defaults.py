# too many positional arguments for a function with defaults names the range
def f(a, b=2):
    return a, b
print(f(1), f(1, 5))
f(1, 2, 3)
