# base64.b64decode of badly padded data: the binascii.Error reaches the program (raised again without base64's frames, which are not the same file in CPython)
import base64
try:
    base64.b64decode('aGVsbG8')
except Exception as err:
    print(type(err), err.__context__, err.__cause__)
    raise err.with_traceback(None)
