# strict_mode refuses data after the padding (uncaught binascii.Error)
import binascii
print(binascii.a2b_base64(b'YQ==\n'))
binascii.a2b_base64(b'YQ==\n', strict_mode=True)
