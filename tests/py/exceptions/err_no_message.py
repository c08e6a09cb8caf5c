# an uncaught exception raised as a class, with no message: the last line is just the class name
def check(n):
    if n > 3:
        raise OverflowError
    return n
print(check(1))
check(10)
