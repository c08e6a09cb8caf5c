# an uncaught JSONDecodeError ends the program: its last line names json.decoder.JSONDecodeError (raised again without the frames inside lib/json, whose paths differ from CPython's)
import json
print(json.loads('[1, 2]'))
try:
    json.loads('{"a": 1,\n "b" 2}')
except json.JSONDecodeError as e:
    err = e
raise err.with_traceback(None)
