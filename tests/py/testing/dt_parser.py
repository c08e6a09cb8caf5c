# doctest: DocTestParser.get_examples (source, want, exc_msg, lineno, indent, options) and its errors for malformed examples
import doctest

parser = doctest.DocTestParser()
text = '''
Some text.
    >>> x = 1
    >>> x + 1
    2
    >>> for i in (1, 2):
    ...     print(i)
    1
    2

    >>> raise ValueError('v')  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    Traceback (most recent call last):
      ...
    ValueError: v
    >>> # just a comment
    >>> print('end')
    end
'''
for ex in parser.get_examples(text):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent,
          sorted(ex.options.items()))

t = parser.get_doctest(text, {'a': 1}, 'name', 'file.py', 7)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs)
print(doctest.DocTestParser().get_doctest('no examples', {}, 'n', None, None))
print(doctest.DocTestParser().get_doctest('>>> 1\n1\n', {}, 'n', 'f', 0))

bad = [
    '>>>print(1)\n1\n',
    '  >>> if 1:\n  ..     pass\n',
    '    >>> print(1)\n   1\n',
    '>>> x = 1  # doctest: +NOSUCH\n',
    '>>> x = 1  # doctest: ELLIPSIS\n',
    '>>> # doctest: +ELLIPSIS\n',
    '>>> if 1:\n...pass\n',
]
for b in bad:
    try:
        parser.get_examples(b, 'bad')
    except ValueError as e:
        print('ValueError:', e)

for name in ['DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
             'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'REPORT_ONLY_FIRST_FAILURE',
             'FAIL_FAST']:
    print(name, getattr(doctest, name), doctest.OPTIONFLAGS_BY_NAME[name])
print(doctest.COMPARISON_FLAGS)
e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example('print(1)\n', '1\n'))

for piece in parser.parse(text):
    print(repr(piece) if isinstance(piece, str) else ('Example', piece.lineno, repr(piece.source)))
for piece in parser.parse('>>> 1\n1'):
    print(repr(piece) if isinstance(piece, str) else ('Example', piece.lineno, repr(piece.want)))
for piece in parser.parse('  intro\n\n  >>> x = 2\n  >>> x\n  2\n\n  outro\n'):
    print(repr(piece) if isinstance(piece, str) else ('Example', piece.lineno, piece.indent))
