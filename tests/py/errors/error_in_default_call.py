# an error while evaluating arguments is reported at the caller's line
def f(a, b):
    return a + b
def g():
    return f(1, 2) + f('x', 3)
print(f(1, 2))
print(g())
