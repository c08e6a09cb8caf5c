# strip, lstrip, rstrip: whitespace (ASCII and Unicode), a set of characters, None, Unicode characters in the set
cases = ['', '   ', '  a  ', '\t\n a b \r\n', 'xxhixx', 'abcba', '\u3000wide\u3000', '\xa0nb\xa0', '\x1c\x1dsep\x1e\x1f',
         '\u200bzw\u200b', 'ééaéé', '...done!!!', '日本日本語日', '😀x😀']
chars = [None, '', 'x', 'ab', 'é', ' .!', '日本', '😀', 'abcdefghijklmnopqrstuvwxyz']
for s in cases:
    for c in chars:
        print(repr(s), repr(c), repr(s.strip(c)), repr(s.lstrip(c)), repr(s.rstrip(c)))
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()))
print('www.example.com'.strip('cmowz.'), 'mississippi'.rstrip('ipz'), '0001200'.lstrip('0'))
lines = ['  alpha \n', 'beta\n', '\n']
print([l.rstrip('\n') for l in lines], [l.strip() for l in lines])
