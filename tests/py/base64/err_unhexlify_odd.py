# unhexlify of an odd number of digits: binascii.Error: Odd-length string (uncaught)
from binascii import unhexlify
print(unhexlify('cafe'))
unhexlify('caf')
