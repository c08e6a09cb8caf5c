# doctest: a failing example's report: the stars, File/line/name, "Failed example:", "Expected:"/"Got:", the summary
def square(x):
    """Square a number, wrongly for 3.

    >>> square(2)
    4
    >>> square(3)
    9
    >>> square(4)
    16
    """
    if x == 3:
        return 10
    return x * x


def greet(name):
    """
    >>> greet('bob')
    Hello, Bob
    >>> greet('al')
    >>> print()
    >>> print(greet(''), end='')
    Hi
    """
    return "Hello, %s!" % name.title()


def shout():
    """
    >>> shout()
    'A'
    >>> print('x\\n\\ny')
    x
    y
    """
    return 'a'


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
