# binascii.crc32 and crc_hqx: known check values, running sums continued
# across pieces, starting values cut to 32 or 16 bits as two's complement
# (negative and huge ints, bool, __index__), and the argument errors.
import binascii

print(binascii.crc32(b'123456789'), hex(binascii.crc32(b'123456789')), binascii.crc32(b''))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc_hqx(b'123456789', 0), hex(binascii.crc_hqx(b'123456789', 0xffff)), binascii.crc_hqx(b'', 7))
data = bytes(range(256)) * 4
whole = binascii.crc32(data)
crc = 0
for i in range(0, len(data), 100):
    crc = binascii.crc32(data[i:i + 100], crc)
print(whole, crc, whole == crc)
h = 0
for i in range(0, len(data), 77):
    h = binascii.crc_hqx(data[i:i + 77], h)
print(binascii.crc_hqx(data, 0), h)

class Index:
    def __index__(self):
        return 12345

for start in [0, 1, -1, 2**32, 2**32 + 5, -2**40 - 3, 2**100 + 1, True, Index()]:
    print(binascii.crc32(b'abc', start), binascii.crc_hqx(b'abc', start))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'xabcx')[1:4]))

def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

err(binascii.crc32)
err(binascii.crc32, b'a', 1, 2)
err(binascii.crc32, b'a', crc=1)
err(binascii.crc32, 'abc')
err(binascii.crc32, b'abc', 1.5)
err(binascii.crc32, b'abc', '1')
err(binascii.crc_hqx, b'abc')
err(binascii.crc_hqx, b'abc', crc=0)
err(binascii.crc_hqx, None, 0)
err(binascii.crc32, memoryview(b'abcd')[::2])
