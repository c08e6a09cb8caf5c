# doctest: expected exceptions (traceback header, stack skipped, message), IGNORE_EXCEPTION_DETAIL, module-qualified names
class MyError(Exception):
    pass


def check(x):
    """
    >>> check(1)
    1
    >>> check(-1)
    Traceback (most recent call last):
      File "somewhere", line 3, in check
    ValueError: negative: -1
    >>> check(-2)
    Traceback (most recent call last):
      ...
    ValueError: negative: -2
    >>> check(0)
    Traceback (innermost last):
    __main__.MyError: zero
    >>> check('a')
    Traceback (most recent call last):
    TypeError: not an int
    >>> check(-3)   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: some other text
    >>> check(0)   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    other.module.MyError: whatever
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'k'
    >>> raise ValueError('line one\\nline two')
    Traceback (most recent call last):
    ValueError: line one
    line two
    >>> raise StopIteration
    Traceback (most recent call last):
    StopIteration
    >>> check(-4)
    Traceback (most recent call last):
    ValueError: negative: -5
    >>> check(-4)   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: negative: -4
    """
    if not isinstance(x, int):
        raise TypeError("not an int")
    if x < 0:
        raise ValueError("negative: %d" % x)
    if x == 0:
        raise MyError("zero")
    return x


if __name__ == "__main__":
    import io
    import sys
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
