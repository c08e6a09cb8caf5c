# -*- coding: latin-1 -*- a source in latin-1 (PEP 263): string literals, identifiers, comments and f-strings decode as latin-1
s = 'café à la crème, ÿµ§'
print(s, len(s), ascii(s))
# a comment with latin-1 bytes: éèà
café = 3
été = café * 2
print(café, été, [n for n in dir() if not n.startswith('_')])
print(f'{café!r} é', '\xe9' == 'é', 'ok')
print(r'é\n', """é
è""".split())
