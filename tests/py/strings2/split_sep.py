# str.split with a separator: empty pieces kept, maxsplit (positional and keyword), multi-character and Unicode separators
cases = [
    ('a,b,c', ','), ('a,,b,', ','), (',', ','), ('', ','), ('abc', ','),
    ('a::b::c', '::'), ('a:::b', '::'), ('aaaa', 'aa'), ('aaa', 'aa'),
    ('x--y--z--', '--'), ('one two  three', ' '), ('  lead', ' '),
    ('é,ü,ö', ','), ('aébéc', 'é'), ('本日本語本', '本'), ('😀a😀b😀', '😀'),
    ('key=value=more', '='), ('a\tb\tc', '\t'), ('1, 2, 3', ', '),
]
for s, sep in cases:
    print(repr(s), repr(sep), s.split(sep))
    for n in (-5, -1, 0, 1, 2, 10):
        print('  maxsplit', n, s.split(sep, n), s.split(sep, maxsplit=n), s.split(maxsplit=n, sep=sep))
print('a b c'.split(sep=None), 'a b c'.split(None, 1), 'a,b'.split(sep=','))
# the pieces are str, and splitting then joining gives the string back
for s, sep in cases:
    parts = s.split(sep)
    assert sep.join(parts) == s, (s, sep)
    print(len(parts), all(type(p) is str for p in parts), end='; ')
print()
# True and False are ints for maxsplit
print('a,b,c'.split(',', True), 'a,b,c'.split(',', False))
