# doctest: True accepted for 1 (and False for 0) unless DONT_ACCEPT_TRUE_FOR_1; DONT_ACCEPT_BLANKLINE
def is_even(n):
    """
    >>> is_even(2)
    1
    >>> is_even(3)
    0
    >>> is_even(4)   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> is_even(5)
    False
    >>> print('a\\n\\nb')   # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    """
    return n % 2 == 0


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.DONT_ACCEPT_TRUE_FOR_1))
