# DocTestParser on re: sources, wants, exception messages, directives, <BLANKLINE>, indentation errors
import doctest

def f():
    """
    >>> print('a\\n  \\nb')
    a
    <BLANKLINE>
    b
    >>> print('x'); print('   ')   # doctest: +NORMALIZE_WHITESPACE
    x
    <BLANKLINE>
    >>> 1/0  #doctest:+ELLIPSIS
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division...
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> x = 5
    >>> x
    6
    >>> # just a comment
    >>> print(' lead')
     lead
    """

def g():
    """
      >>> 1 +
      ...   1
      2
    >>> bad indent
    """

p = doctest.DocTestParser()
for ex in p.get_examples(f.__doc__):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
try:
    p.get_examples(g.__doc__)
except ValueError as e:
    print(e)
try:
    p.get_examples('>>>x')
except ValueError as e:
    print(e)
try:
    p.get_examples('>>> x  # doctest: +BOGUS')
except ValueError as e:
    print(e)
print([x if isinstance(x, str) else type(x).__name__ for x in p.parse('text\n>>> 1\n1\nmore\n')])
doctest.run_docstring_examples(f, {}, name='f')
