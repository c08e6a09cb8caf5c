# doctest: SKIP, "+"/"-" directives, several flags in one comment, directives on continuation lines, flags turned off per example
def f():
    """
    >>> 1/0  # doctest: +SKIP
    >>> print(list(range(10)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    [0,   1, ..., 9]
    >>> print(list(range(10)))  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    [0, 1,
    ..., 9]
    >>> print('a...b')  # doctest: -ELLIPSIS
    a...b
    >>> print('abc')  # doctest: -ELLIPSIS
    a...c
    >>> print('x')  # doctest:+SKIP
    y
    >>> for i in range(3):  # doctest: +ELLIPSIS
    ...     print(i)
    0
    ...
    >>> x = [1,
    ...      2]  # doctest: +NORMALIZE_WHITESPACE
    >>> x
    [1,    2]
    >>> print("# doctest: +SKIP")
    # doctest: +SKIP
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.ELLIPSIS))
    print(doctest.testmod(optionflags=doctest.SKIP))
