# binascii's uuencode: b2a_uu lines of up to 45 bytes, with backtick for
# zero bits, and a2b_uu reading them back, short lines, '`' as zero, and
# the errors: too much data, an illegal character, trailing garbage.
import binascii

for n in [0, 1, 2, 3, 4, 10, 44, 45]:
    data = bytes((i * 37) % 256 for i in range(n))
    line = binascii.b2a_uu(data)
    tick = binascii.b2a_uu(data, backtick=True)
    print(n, line, tick, binascii.a2b_uu(line) == data, binascii.a2b_uu(tick) == data)
print(binascii.b2a_uu(b'\x00\x00\x00'), binascii.b2a_uu(b'\x00\x00\x00', backtick=True))
print(binascii.b2a_uu(bytearray(b'Cat')), binascii.b2a_uu(memoryview(b'Cat')))

for s in [b'#0V%T\n', '#0V%T', b'#0V%T   \n', b'#0V%T``\r\n', b'#0V', b'&0V%T', b' \n', b'`\n', b'', b'!',
          b'\n', b'#0V%T\n\n', b'&86)C9&%B\n']:
    print(repr(s), binascii.a2b_uu(s))

for s in [b'%86)C9&%B\n', b'#0V\x01T', b'#0V%T x', b'#0V%T\x00', b'#0V~T', 'é']:
    try:
        binascii.a2b_uu(s)
    except (binascii.Error, ValueError) as e:
        print(repr(s), type(e).__name__, e)
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print('46 bytes:', e)
