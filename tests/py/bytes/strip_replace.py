# strip family, replace, removeprefix/removesuffix, partition family
b = b'  \t hello world \n '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'),
      b'abc'.strip(None), bytearray(b' q ').strip(), b'\x00a\x00'.strip(b'\x00'))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'),
      b'abc'.replace(b'', b'-', 2), b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'),
      bytearray(b'hi').replace(b'h', bytearray(b'H')), b'aXbXc'.replace(b'X', b''))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'),
      b'same'.removeprefix(b'x'), bytearray(b'ab').removesuffix(b'b'))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'),
      b'abc'.rpartition(b'x'), bytearray(b'k:v').partition(b':'))
for bad in [lambda: b'a'.strip('a'), lambda: b'a'.replace('a', b'b'), lambda: b'a'.replace(b'a'),
            lambda: b'a'.partition(b''), lambda: b'a'.partition('x'), lambda: b'x'.removeprefix('x'),
            lambda: b'a'.strip(b'a', b'b'), lambda: b'a'.replace(b'a', b'b', 'x'),
            lambda: b'a'.rpartition(), lambda: b'a'.lstrip(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
