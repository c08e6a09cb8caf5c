# str.split() without a separator: runs of whitespace (ASCII and Unicode) separate, no empty pieces, maxsplit keeps the rest
cases = [
    '', ' ', '   ', 'a', ' a ', 'a b', '  a  b  ', 'a\tb\nc\rd\x0be\x0cf',
    'one  two\t\tthree\n', '\x1c\x1d\x1e\x1fx\x1fy', 'a\u00a0b', 'a\u3000b\u2003c',
    'a\x85b', 'a\u2028b\u2029c', 'a\u200bb', 'é ü  ö', '  本 日 ', 'x\ufeffy',
]
for s in cases:
    print(repr(s), s.split(), s.rsplit())
    for n in (0, 1, 2, -1):
        print('  ', n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))
text = '''The quick  brown fox
jumps over\tthe lazy dog.
   '''
words = text.split()
print(words, len(words))
print([w.lower().strip('.') for w in words])
