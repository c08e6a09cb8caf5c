# doctest: an example that raises an exception it did not expect: "Exception raised:" and the traceback, example source lines quoted
import io
import sys


def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    0
    >>> undefined_name + 1
    >>> d = {}
    >>> d['missing']
    >>> for i in range(3):
    ...     if i == 2:
    ...         raise RuntimeError('at %d' % i)
    >>> print('still running')
    still running
    """
    return a / b


def helper():
    return [].pop()


def calls():
    """
    >>> calls()
    7
    """
    return helper()


if __name__ == "__main__":
    import doctest
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = doctest.testmod()
    sys.stdout = saved
    for line in buf.getvalue().split('\n'):
        if 'doctest.py", line' in line:
            line = line[:line.index('File') + 5] + '"doctest.py", line N, in __run'
        print(line)
    print(result)
