# a2b_hex of a non-hexadecimal digit: binascii.Error (uncaught), caught first as a ValueError
import binascii
try:
    binascii.a2b_hex(b'0x12')
except ValueError as e:
    print(type(e).__name__, e)
binascii.a2b_hex(b'12 34')
