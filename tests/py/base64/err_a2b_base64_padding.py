# binascii.a2b_base64 with a group left open ends the program with binascii.Error: Incorrect padding (uncaught)
import binascii
print(binascii.a2b_base64(b'aGk='))
binascii.a2b_base64(b'aGk')
