# str.rsplit: splitting from the right matters with maxsplit and with overlapping separators
cases = [
    ('a,b,c,d', ','), ('aaa', 'aa'), ('aaaa', 'aa'), ('aaaaa', 'aa'), ('abababa', 'aba'),
    ('path/to/file.tar.gz', '.'), ('path/to/file.tar.gz', '/'), ('', 'x'), ('xx', 'x'),
    ('é-é-é', '-'), ('日本日本日', '日本'), ('a😀😀b', '😀'),
]
for s, sep in cases:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep))
    for n in (0, 1, 2, 3):
        print('  ', n, s.split(sep, n), s.rsplit(sep, n), s.rsplit(sep=sep, maxsplit=n))
# a common idiom: the extension of a file name
for name in ['a.txt', 'archive.tar.gz', 'noext', '.bashrc', 'dir.d/file']:
    print(name, name.rsplit('.', 1), name.rpartition('.')[2])
