# An exception caught, then one that ends the program (nothing is printed:
# the check reads the JSON from stdout, and the traceback goes to stderr)
def f(x):
    return 1 / x

try:
    f(0)
except ZeroDivisionError:
    caught = True
f(0)
