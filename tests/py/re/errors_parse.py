# re.error for the common mistakes: CPython's message, pos, lineno and colno
import re
pats = ['(', ')', 'a)', '*', 'a**', 'a{2}{3}', '[a', '[]', '[a-', '[z-a]', r'[\d-z]', r'\q', r'[\q]',
        r'\1', r'(a)\2', r'(a\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P', '(?Px)', '(?', '(?z)',
        '(?<x)', 'a(?i)', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-a:x)', '(?L)a', '(?au)', '(?i-x',
        '(?#abc', '(?<=a|bc)', '(?(2)a)', '(?(1)a|b|c)', '(a)(?(1)a|b|c)', '(?(x)a)', '(?(-1)a)', r'\x1',
        r'\u12', r'\U00110000', r'\N{foo}', r'\N', r'\N{', r'[\A]', r'\8', r'[\8]', r'\777', 'a{3,2}',
        '^*', r'\b+', '(?P<a', '(?P=a', '((?i)a)', 'ab\n(', '(?x)a #c\n (', '(?>a', 'a*?+', 'a+++',
        '\\', 'a\\', '(?P<a>a)(?P=a', '(?(0)a)', '[a-\\d]', '[\\w-a]', '(?<=a+)b', '(?<!a{2})b', 'a|*',
        '(*)', '(?i:a', '(?u)x', '(?(3)a)(b)', '(?P<a>x)(?P=a)(?P<b>', '(?<=\\d+)']
for p in pats:
    for pat in (p, p.encode('latin-1')):
        try:
            r = re.compile(pat)
            print(repr(pat), 'compiles', r.groups)
        except re.error as e:
            print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
