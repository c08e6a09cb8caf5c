# RecursionError can be caught; it is a RuntimeError; the program continues normally after it
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
    print(isinstance(e, RuntimeError))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
