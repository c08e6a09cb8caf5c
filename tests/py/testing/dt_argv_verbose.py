# doctest: "-v" in sys.argv makes testmod() verbose, as `python prog.py -v` does; verbose=False wins over it
import sys


def inc(n):
    """
    >>> inc(1)
    2
    >>> for i in range(2):
    ...     inc(i)
    1
    2
    """
    return n + 1


if __name__ == "__main__":
    import doctest
    sys.argv.append('-v')
    print(doctest.testmod())
    print(doctest.testmod(verbose=False))
    sys.argv.remove('-v')
    print(doctest.testmod())
