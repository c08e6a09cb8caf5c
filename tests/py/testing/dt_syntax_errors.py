# doctest: SyntaxError examples (only the message is compared), floats, dicts, generator reprs with ELLIPSIS, stderr not captured
def f():
    """
    >>> x = (1,
    ...      2
    Traceback (most recent call last):
    SyntaxError: '(' was never closed
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> def g(:
    ...     pass
    >>> print(1
    Traceback (most recent call last):
      ...
    SyntaxError: wrong message
    >>> 3.5 / 2
    1.75
    >>> {'b': 1, 'a': 2}
    {'b': 1, 'a': 2}
    >>> (i for i in range(2))  # doctest: +ELLIPSIS
    <generator object <genexpr> at 0x...>
    >>> import sys; print('err', file=sys.stderr)
    """

if __name__ == "__main__":
    import doctest, io, sys
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    r = doctest.testmod()
    sys.stdout = saved
    for line in buf.getvalue().split('\n'):
        if 'doctest.py", line' in line:
            line = line[:line.index('File') + 5] + '"doctest.py", line N, in __run'
        print(line)
    print(r)
