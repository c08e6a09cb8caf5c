# base64.b64encode with altchars not of length 2: AssertionError showing them (re-raised without base64's frames)
import base64
print(base64.b64encode(b'\xfb\xff', b'-_'))
try:
    base64.b64encode(b'\xfb\xff', b'-_.')
except AssertionError as err:
    raise err.with_traceback(None)
