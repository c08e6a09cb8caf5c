# hex() with separators, fromhex() with whitespace, and their errors
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('-', -2), b.hex(b'_', 3), b.hex(' ', 0))
print(b'\x01\xab\x03'.hex(':', 2), b'\x01\xab\x03'.hex(':', -2), b''.hex(), b''.hex(':'))
print(bytearray(b'\xde\xad').hex(), memoryview(b'\xbe\xef').hex(), memoryview(b'\x01\x02')[::-1].hex())
print(bytes.fromhex('deadbeef'), bytes.fromhex(' 01 0a ff '), bytes.fromhex(''), bytes.fromhex('AbCd'),
      bytearray.fromhex('00ff'), type(bytearray.fromhex('')).__name__)
print(bytes.fromhex(b'\x00\xff'.hex()) == b'\x00\xff', bytes.fromhex('\t1f\n2e'))
for bad in [lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('0 1'),
            lambda: bytes.fromhex(b'ab'), lambda: bytes.fromhex('abc'), lambda: b'abc'.hex(1),
            lambda: b'abc'.hex('::'), lambda: b'abc'.hex(''), lambda: b'abc'.hex('\xe9'),
            lambda: bytes.fromhex('12 g3'), lambda: bytes.fromhex(), lambda: b'a'.hex(':', 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
