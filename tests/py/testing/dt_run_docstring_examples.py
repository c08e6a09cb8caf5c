# doctest: run_docstring_examples(f, globs, verbose, name): only f's own docstring, in a copy of globs, reported under name
def area(w, h):
    """
    >>> area(2, 3)
    6
    >>> area(2, 3) + OFFSET
    106
    >>> OFFSET = 0
    >>> area(1, 1)
    2
    """
    return w * h


class Shape:
    """
    >>> 1
    1
    """

    def inner(self):
        """
        >>> 'inner ran'
        """


if __name__ == "__main__":
    import doctest
    g = {'area': area, 'OFFSET': 100}
    doctest.run_docstring_examples(area, g)
    print('OFFSET after:', g['OFFSET'])
    doctest.run_docstring_examples(area, g, name='area')
    doctest.run_docstring_examples(area, g, verbose=True, name='checked')
    doctest.run_docstring_examples(Shape, {}, True)
    print(doctest.run_docstring_examples(lambda: None, {}))
