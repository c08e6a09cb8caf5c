# an uncaught TypeError for a tuple key: keys must be str, int, float, bool or None
import json
try:
    json.dumps({(1, 2): "pair"})
except TypeError as e:
    err = e
raise err.with_traceback(None)
