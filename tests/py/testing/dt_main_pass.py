# doctest: the usual `if __name__ == "__main__": doctest.testmod()` passing: no output at all, exit status 0
def is_prime(n):
    """
    >>> is_prime(2), is_prime(15), is_prime(97)
    (True, False, True)
    >>> [p for p in range(20) if is_prime(p)]
    [2, 3, 5, 7, 11, 13, 17, 19]
    """
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


if __name__ == "__main__":
    import doctest
    doctest.testmod()
