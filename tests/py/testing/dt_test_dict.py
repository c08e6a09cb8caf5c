# doctest: the __test__ dict (strings, functions, classes), names sorted, and the verbose list of items without tests
def helper(x):
    return x + 1


def _private():
    """
    >>> _private()
    'private'
    """
    return 'private'


class Plain:
    pass


def extra_function():
    """
    >>> helper(1)
    2
    """


__test__ = {
    'zeta': """
        >>> helper(10)
        11
    """,
    'alpha': """
        >>> helper(-1)
        1
        >>> helper(0)
        1
    """,
    'func': extra_function,
    'cls': Plain,
}


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
    print(doctest.testmod())
