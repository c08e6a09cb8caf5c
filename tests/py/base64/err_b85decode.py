# base64.b85decode of a character outside the alphabet: ValueError with its position (re-raised without base64's frames)
import base64
try:
    base64.b85decode(b'VPa!sWo"')
except Exception as err:
    raise err.with_traceback(None)
