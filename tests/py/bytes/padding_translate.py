# center/ljust/rjust/zfill/expandtabs, maketrans and translate
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'abc'.center(6, b'-'), b'ab'.ljust(5, b'.'),
      b'ab'.rjust(5), b'ab'.center(1), b'-12'.zfill(6), b'+3'.zfill(4), b'abc'.zfill(2), b''.zfill(3))
print(bytearray(b'x').center(3), b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(4), b'\t\n\t'.expandtabs(2))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abc'.translate(None, b'b'),
      b'abcabc'.translate(t, b'c'), bytearray(b'cab').translate(t), b'hello'.translate(None, delete=b'l'))
print(bytearray.maketrans(b'a', b'b')[97], bytes.maketrans(b'', b'') == bytes(range(256)))
for bad in [lambda: b'a'.center(10, 'x'), lambda: b'a'.center(10, b'xy'), lambda: b'a'.zfill('x'),
            lambda: b'a'.translate(b'x'), lambda: bytes.maketrans(b'a', b'bc'),
            lambda: bytes.maketrans('a', 'b'), lambda: b'a'.ljust(), lambda: b'a'.translate()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
