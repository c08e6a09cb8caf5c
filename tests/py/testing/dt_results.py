# doctest: TestResults, attempted/failed counts, exclude_empty, extraglobs, globs=, each docstring in its own copy of the globals, report=False
import doctest

COUNT = 1


def first():
    """
    >>> COUNT
    1
    >>> COUNT = 50
    >>> COUNT
    50
    """


def second():
    """
    >>> COUNT
    1
    >>> EXTRA
    'given'
    """


def empty():
    pass


if __name__ == "__main__":
    r = doctest.testmod(extraglobs={'EXTRA': 'given'})
    print(r, r.failed, r.attempted)
    print(repr(r), r._fields, tuple(r))
    print(COUNT)
    r = doctest.testmod(report=False, extraglobs={'EXTRA': 'given'})
    print(r)
    r = doctest.testmod(verbose=True, exclude_empty=True, extraglobs={'EXTRA': 'given'})
    print(r)
    r = doctest.testmod(globs={'COUNT': 1, 'EXTRA': 'given'}, name='renamed')
    print(r)
    print(doctest.TestResults(3, 4))
    try:
        doctest.testmod(42)
    except TypeError as e:
        print('TypeError:', e)
