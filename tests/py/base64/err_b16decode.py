# base64.b16decode of lowercase digits without casefold: binascii.Error (re-raised without base64's frames)
import base64
print(base64.b16decode(b'cafe', casefold=True))
try:
    base64.b16decode(b'cafe')
except Exception as err:
    raise err.with_traceback(None)
