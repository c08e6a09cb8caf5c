# repr of bytes and bytearray is CPython's exactly: quotes chosen, escapes, prefixes
samples = [b'', b'abc', b"'", b'"', b'\'"', b'\\', b'\t\n\r', b'\x00\x01\x1f', b'\x7f\x80\xfe\xff',
           b' !~', bytes(range(0, 256, 17)), b"it's", b'a"b\'c']
for s in samples:
    print(repr(s), repr(bytearray(s)), str(s), ascii(s))
print(b'x', bytearray(b'y'), [b'a', bytearray(b'b')], (b'c',), {b'k': b'v'})
print(f'{b"fmt"}|{b"r"!r}|{b"s"!s}|{b"a"!a}|{bytearray(b"ba")!r}')
print('%s %r %a' % (b'p', b'q', b'\xff'))
print(format(b'x', ''), '{}'.format(b'y'), str(bytearray()))
class B(bytes): pass
class BA(bytearray): pass
print(repr(B(b'sub')), repr(BA(b'sub')), type(B(b'x')).__name__)
