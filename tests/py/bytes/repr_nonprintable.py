# repr of every byte value, 16 a line, for bytes and bytearray, and in containers
for start in range(0, 256, 16):
    print(bytes(range(start, start + 16)))
print(repr(bytearray(range(0, 256, 51))), [b'a', bytearray(b'b')], (b'\n',), {b'k': bytearray(b"'")})
print(repr(b"a'b"), repr(bytearray(b"a'b")), repr(b'a"b'), repr(bytearray(b'a"b')), repr(bytearray(b'\'"')))
print(ascii(b'\xe9'), str(bytearray(b'\t')), '%r' % b'\\', repr(memoryview(b'x'))[:8])
