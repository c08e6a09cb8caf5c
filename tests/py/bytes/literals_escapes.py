# bytes literals: every escape, raw prefixes in every spelling, implicit concatenation
print(b'plain', b"double", b'''triple
quoted''', b"""also
triple""")
print(b'\x00\x7f\x80\xff', b'\101\102\7\0', b'\a\b\f\n\r\t\v', b'\\ \' \"')
print(b'\q \u00e9 \N{DASH}', len(b'\u00e9'))
print(rb'\n\x41', Rb'\n', bR'\t', BR'\\', br'\d+', rB'x\y', Br"q")
print(b'abc' b'def' rb'\n' b"ghi")
print(b'line one\
 continues')
x = (b'a'
     b'b'
     rb'\c')
print(x, len(x), type(x).__name__)
print(b'', bytes(), b'' == bytes(), len(b''))
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'))
print(b'\x41\x42' == b'AB', b'\t' == b'\x09', b'\1\12\123')
