# General benchmark: recursive calls -- naive Fibonacci (frame push/pop,
# argument passing, int compare and add). Prints the results.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(fib(33), tak(24, 16, 8))
