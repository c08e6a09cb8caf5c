# splitlines, expandtabs, zfill, count/replace with bytearray and memoryview arguments, isascii
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(),
      b'\n\n'.splitlines(), bytearray(b'x\ny').splitlines(keepends=True))
print(b'abcabc'.count(bytearray(b'bc')), b'abcabc'.replace(memoryview(b'a'), bytearray(b'A')),
      b'a-b'.split(memoryview(b'-')), b'xyx'.strip(bytearray(b'x')), b'..'.join([bytearray(b'a'), memoryview(b'b')]))
print(b'abc'.isascii(), b'\x80'.isascii(), b''.isascii(), bytearray(b'\x7f').isascii())
print(b'hello world'.title(), b'HELLO'.capitalize(), b'aBc'.swapcase(), b'a1-b2'.upper(), bytearray(b'QQ').lower())
print(b'ab'.ljust(4, b'\x00'), b'xy'.rjust(3, bytearray(b'.')), b'12'.zfill(5), bytearray(b'-1').zfill(4))
print(b'a\tb\tc'.expandtabs(3), b'\t'.expandtabs(0), b'ab\r\tc'.expandtabs(4))
print(b'aaaa'.replace(b'a', b'', 2), b'abc'.replace(b'b', b'BBB'), b''.replace(b'', b'x'), b'ab'.replace(b'', b'.', 1))
print(b'banana'.rfind(b'an'), b'banana'.rindex(b'a'), b'banana'.index(b'n', 3), b'banana'.count(b'a', 2, 5),
      b'banana'.find(b'nan', -4), b'banana'.rfind(110, 0, 3))
