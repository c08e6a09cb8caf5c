# doctest: multi-line examples: "..." continuations, loops, defs and classes in examples, output without a newline, state kept between examples
def run():
    """
    >>> total = 0
    >>> for i in range(4):
    ...     total += i
    >>> total
    6
    >>> def sq(n):
    ...     return n * n
    >>> sq(7)
    49
    >>> class K:
    ...     def __repr__(self):
    ...         return 'K()'
    >>> K()
    K()
    >>> print('no newline', end='')
    no newline
    >>> if total > 5:
    ...     print('big')
    ... else:
    ...     print('small')
    big
    >>> try:
    ...     1/0
    ... except ZeroDivisionError as e:
    ...     print('caught', e)
    caught division by zero
    >>> [i
    ...  for i in range(3)]
    [0, 1, 2]
    >>> d = {'a': 1,
    ...      'b': 2}
    >>> sorted(d)
    ['a', 'b']
    >>> 'tab\\there'
    'tab\\there'
    >>> print('x'); print('y')
    x
    y
    >>> None
    >>> _ = 5
    """


def indented():
    """Examples may be indented more than the text around them:

        >>> 1 + 1
        2

    and end at a blank line.
        >>> print('two')
        two
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
