# base64.a85decode of a value over 32 bits: ValueError: Ascii85 overflow (re-raised without base64's frames)
import base64
try:
    base64.a85decode(b'uuuuu')
except Exception as err:
    print(err.__suppress_context__)
    raise err.with_traceback(None)
