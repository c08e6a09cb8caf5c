# doctest: REPORT_ONLY_FIRST_FAILURE (later failures counted, not shown) and FAIL_FAST (stop at the first failure)
def steps():
    """
    >>> 1
    2
    >>> 2
    3
    >>> 3
    3
    >>> 4
    5
    """


def other():
    """
    >>> 'a'
    'b'
    >>> 'c'
    'd'
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST, verbose=True))
