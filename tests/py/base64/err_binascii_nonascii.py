# a decoder given a str that is not ASCII: ValueError (uncaught)
import binascii
print(binascii.a2b_base64('YWJj'))
binascii.a2b_base64('YWJj\u00e9')
