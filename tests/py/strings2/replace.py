# str.replace: every occurrence, a count (0, negative, larger than the matches), empty old string, Unicode
cases = [
    ('banana', 'a', 'o'), ('banana', 'an', ''), ('banana', 'na', 'NA'), ('aaaa', 'aa', 'b'),
    ('aaa', 'a', 'aa'), ('abc', '', '-'), ('', '', 'x'), ('', 'a', 'b'), ('abc', 'x', 'y'),
    ('abc', 'abc', ''), ('été', 'é', 'e'), ('日本語', '', '|'), ('a😀b😀', '😀', ':)'),
    ('hello world', 'o', '0'), ('x', 'x', 'xx'), ('ab', '', ''),
]
for s, old, new in cases:
    print(repr(s), repr(old), repr(new), repr(s.replace(old, new)), end=' ')
    for count in (-1, 0, 1, 2, 100):
        print(repr(s.replace(old, new, count)), end=' ')
    print()
print('a-b-c'.replace('-', ' ', True))
template = 'Dear NAME, your order NUM ships today. NAME, thank you!'
print(template.replace('NAME', 'Ada').replace('NUM', '42'))
print('tab\tseparated\tvalues'.replace('\t', '    '))
