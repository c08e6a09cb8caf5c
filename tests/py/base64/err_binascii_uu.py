# b2a_uu takes at most 45 bytes: binascii.Error (uncaught)
import binascii
line = binascii.b2a_uu(b'x' * 45)
print(len(line))
binascii.b2a_uu(b'x' * 46)
