# the TypeErrors and ValueErrors of bytes() and bytearray()
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
cases = [lambda: bytes(-1), lambda: bytes('abc'), lambda: bytes(1.5), lambda: bytes([256]),
         lambda: bytes([-1]), lambda: bytes(['a']), lambda: bytes('abc', 'ascii', 'strict', 1),
         lambda: bytes(b'x', 'ascii'), lambda: bytes(5, 'ascii'), lambda: bytearray('abc'),
         lambda: bytearray(3.0), lambda: bytearray([300]), lambda: bytes(x=1), lambda: bytes(None),
         lambda: bytes('é', 'ascii'), lambda: bytes('x', encoding='no-such-codec'),
         lambda: bytes(BadBytes()), lambda: bytearray(-5), lambda: bytes([1, 2.0]),
         lambda: bytes('x', 3), lambda: bytearray(5, 'x')]
for f in cases:
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
