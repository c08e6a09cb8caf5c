# '=' where '==' was meant, on a function call
def f():
    return 1
f() = 1
