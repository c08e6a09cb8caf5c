# base64.b32decode of a digit outside the alphabet: binascii.Error, raised from None (the program re-raises it without base64's frames)
import base64
try:
    base64.b32decode(b'MZXW6YQ1')
except Exception as err:
    print(type(err), err.__suppress_context__, err.__cause__)
    raise err.with_traceback(None)
