# binascii's hexadecimal: b2a_hex/hexlify with sep and bytes_per_sep (the
# groups counted from the right, or the left when negative), a2b_hex and
# unhexlify on bytes and str, in either case, and their errors.
import binascii

data = bytes([0, 1, 0x7f, 0x80, 0xab, 0xff, 0x10])
print(binascii.hexlify(data), binascii.b2a_hex(data), binascii.hexlify(b''))
for sep in [':', b'-', ' ', '\xe9', b'\xff']:
    for per in [1, 2, 3, -2, -3, 0, 7, 100, -100]:
        print(repr(sep), per, binascii.hexlify(data, sep, per), binascii.b2a_hex(data, sep=sep, bytes_per_sep=per))
print(binascii.hexlify(data=b'abc', sep='.'))
print(binascii.hexlify(bytearray(b'\x01\x02')), binascii.hexlify(memoryview(b'\x01\x02\x03')[1:]))
print(binascii.hexlify(b'\x01\x02\x03', bytes_per_sep=2))   # no sep: no groups

for s in [b'0123456789abcdef', 'ABCDEF', bytearray(b'00ff'), memoryview(b'7f80'), '', b'aBcD']:
    print(type(s).__name__, binascii.unhexlify(s), binascii.a2b_hex(s))

def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__module__, type(e).__name__, e)

err(binascii.unhexlify, b'abc')
err(binascii.unhexlify, b'zz')
err(binascii.a2b_hex, '0g')
err(binascii.a2b_hex, ' 00')
err(binascii.a2b_hex, 'é0')
err(binascii.a2b_hex, 3)
err(binascii.hexlify, 'abc')
err(binascii.hexlify, b'abc', '::')
err(binascii.hexlify, b'abc', '')
err(binascii.hexlify, b'abc', 'ĉ')
err(binascii.hexlify, b'abc', bytearray(b':'))
err(binascii.hexlify, b'abc', None)
err(binascii.hexlify, b'abc', 5)
err(binascii.hexlify, b'abc', ':', 'x')
err(binascii.hexlify, b'abc', ':', 2**40)
# bytes.hex shares the separator rules, with ASCII only (its result is a str)
err(b'abc'.hex, '\xe9')
err(b'abc'.hex, bytearray(b':'))
err(bytearray(b'abc').hex, [1])
print(b'abc'.hex(':'), bytearray(b'abcd').hex(b'-', -3), memoryview(b'abcd').hex(' ', 2))
