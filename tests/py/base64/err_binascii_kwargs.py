# crc32 takes no keyword arguments: TypeError (uncaught)
import binascii
print(binascii.crc32(b'abc', 1))
binascii.crc32(b'abc', crc=1)
