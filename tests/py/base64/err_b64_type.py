# base64.b64decode of an int: TypeError naming the type, raised from None (re-raised without base64's frames)
import base64
try:
    base64.b64decode(1234)
except Exception as err:
    print(err.__suppress_context__, type(err.__context__).__name__)
    raise err.with_traceback(None)
