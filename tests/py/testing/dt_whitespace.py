# doctest: NORMALIZE_WHITESPACE, <BLANKLINE>, lines of spaces in the output, and their failure reports
def table():
    """
    >>> print('a  b\\n   c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> print('x\\n   \\ny')
    x
    <BLANKLINE>
    y
    >>> print('p\\n\\nq')
    p
    q
    >>> print('a b')  # doctest: +NORMALIZE_WHITESPACE
    a  c
    >>> print('end   ')
    end
    >>> print('x\\n\\n')
    x
    <BLANKLINE>
    <BLANKLINE>
    >>> print('t\\tu')
    t	u
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.NORMALIZE_WHITESPACE))
