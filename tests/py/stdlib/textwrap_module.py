# textwrap: wrap/fill with widths, indents, hyphens, long words, max_lines; shorten, dedent, indent
import textwrap

text = ('The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better than implicit. '
        'Simple is better than complex. Complex is better than complicated. A well-known, state-of-the-art '
        'interpreter -- written in C -- reads supercalifragilisticexpialidocious words.')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 36, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False)[-6:])
print(textwrap.wrap('abcdefghijklmnopqrstuvwxyz', 7), textwrap.wrap('abcdefghijklmnopqrstuvwxyz', 7, break_long_words=False))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('  leading and   inner   spaces  ', 12), textwrap.wrap('  keep  ', 20, drop_whitespace=False))
print(textwrap.wrap('Tabs\there\tand\nnewlines', 12), textwrap.wrap('', 10), textwrap.wrap('a. b', 10, fix_sentence_endings=True))
print(textwrap.TextWrapper(width=15).wrap('Look, goof-ball -- use the -b option!'))
print(repr(textwrap.shorten('Hello  world!', width=12)), repr(textwrap.shorten('Hello  world!', width=11)),
      repr(textwrap.shorten(text, 50, placeholder=' (more)')))
code = '''
    def greet(name):
        if name:
            print("hi", name)
      \t
    greet("x")
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    x\n  y\n      z')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.indent('one\n\ntwo\n  three\n', '> ')), repr(textwrap.indent('a\n\nb', '+ ', lambda line: True)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
