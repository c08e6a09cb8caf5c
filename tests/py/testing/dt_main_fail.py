# doctest: the usual `if __name__ == "__main__": doctest.testmod()` with failures: the report on stdout, exit status 0
def factorial(n):
    """Return n!.

    >>> factorial(0)
    1
    >>> factorial(5)
    120
    >>> [factorial(n) for n in range(6)]
    [1, 1, 2, 6, 24, 121]
    >>> factorial(30)
    265252859812191058636308480000000
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    """
    >>> fib(10)
    55
    >>> fib(1)
    0
    """
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    import doctest
    doctest.testmod()
