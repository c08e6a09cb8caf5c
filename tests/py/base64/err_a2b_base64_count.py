# one base64 data character too many: binascii.Error counts the data characters (uncaught)
import binascii
binascii.a2b_base64('YWJjZA==x\nyz0')
