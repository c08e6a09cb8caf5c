# split, rsplit, splitlines and join: whitespace runs, separators, maxsplit, bytearray results
print(b'  a  b\tc\n d  '.split(), b'a  b  c'.split(None, 1), b'  a  b  '.rsplit(None, 1))
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 2), b'a,b,,c'.rsplit(b',', 1), b''.split(b','))
print(b''.split(), b'   '.split(), b'a::b::c'.split(b'::'), b'abc'.split(b'abc'))
print(bytearray(b'x y').split(), bytearray(b'a-b').rsplit(b'-'), b'a b'.split(maxsplit=0))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(),
      b'x\x0by\x0cz'.splitlines(), bytearray(b'p\nq').splitlines(keepends=True))
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join(b'xy' for _ in range(2)))
print(bytearray(b'+').join([b'1', b'2']), type(bytearray(b'').join([])).__name__)
for bad in [lambda: b'abc'.split('a'), lambda: b'abc'.split(b''), lambda: b'x'.join(['a']),
            lambda: b''.join([b'a', 1]), lambda: b'a'.split(b'a', 1, 2), lambda: b'a'.rsplit(sep='x'),
            lambda: b'a'.split(maxsplit='x'), lambda: b'a'.join(1), lambda: b'a'.join(),
            lambda: b'a'.splitlines(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
