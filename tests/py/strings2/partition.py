# str.partition and str.rpartition: first and last occurrence, separator not found, Unicode
cases = [
    ('key=value', '='), ('key=value=x', '='), ('novalue', '='), ('', '='), ('=', '='),
    ('a->b->c', '->'), ('abc', 'abc'), ('abcabc', 'bc'), ('aaaa', 'aa'),
    ('été', 'é'), ('日本語', '本'), ('x😀y😀z', '😀'),
]
for s, sep in cases:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
header = 'Content-Type: text/html; charset=utf-8'
name, _, value = header.partition(': ')
print(name, '|', value)
mime, _, params = value.partition(';')
print(mime, '|', params.strip().partition('=')[2])
for url in ['http://example.com/a/b', 'example.com', 'ftp://host']:
    scheme, sep, rest = url.partition('://')
    print(repr(scheme), repr(sep), repr(rest))
