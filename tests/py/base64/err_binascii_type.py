# an encoder given a str: TypeError, a bytes-like object is required (uncaught)
import binascii
print(binascii.b2a_base64(b'abc'))
binascii.b2a_base64('abc')
