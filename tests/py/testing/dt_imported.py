# doctest: only objects defined in the module are searched: imported functions and classes are not, wrapped functions are
import functools
from functools import reduce
from collections import OrderedDict
import os.path
from os.path import join


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
def decorated(x):
    """
    >>> decorated(2)
    4
    """
    return x * 2


def uses_reduce(xs):
    """
    >>> uses_reduce([1, 2, 3])
    6
    """
    return reduce(lambda a, b: a + b, xs)


alias = uses_reduce
square = lambda x: x * x


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
