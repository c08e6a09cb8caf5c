# an uncaught TypeError from dumps of an object it cannot serialize
import json
try:
    json.dumps({"when": object()})
except TypeError as e:
    err = e
print("caught:", err)
raise err.with_traceback(None)
