# doctest: a module whose examples all pass prints nothing; testmod() returns TestResults(failed=0, attempted=N)
"""Arithmetic helpers.

>>> add(2, 3)
5
"""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add([1], [2])
    [1, 2]
    """
    return a + b


def mul(a, b):
    """
    >>> mul(3, 4)
    12
    >>> mul('ab', 2)
    'abab'
    >>> x = mul(2, 2)
    >>> x
    4
    """
    return a * b


def nodoc():
    return 0


if __name__ == "__main__":
    import doctest
    r = doctest.testmod()
    print(r)
    print(r.failed, r.attempted, r == (0, 9), type(r).__name__)
