# doctest: ELLIPSIS ("..." matches any text) by directive and by optionflags, passing and failing; "..." without the flag
def numbers(n):
    """
    >>> numbers(30)  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> numbers(30)  # doctest: +ELLIPSIS
    [0, 1, ...]
    >>> numbers(5)  # doctest: +ELLIPSIS
    [...]
    >>> numbers(30)  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 28]
    >>> numbers(3)
    [0, ...]
    >>> print('abcdef')  # doctest: +ELLIPSIS
    a...c...f
    >>> print('abcdef')  # doctest: +ELLIPSIS
    a...e...c
    >>> print('aaa')  # doctest: +ELLIPSIS
    aa...aa
    >>> print('one\\ntwo\\nthree')  # doctest: +ELLIPSIS
    one
    ...
    three
    """
    return list(range(n))


class Obj:
    """
    >>> Obj()  # doctest: +ELLIPSIS
    <__main__.Obj object at 0x...>
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.ELLIPSIS))
