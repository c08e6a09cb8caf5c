# an uncaught KeyError for a name that is no member (raised again without enum.py's frames, whose paths differ from CPython's)
from enum import Enum
class Color(Enum):
    RED = 1
print(Color['RED'])
try:
    Color['BLUE']
except KeyError as e:
    err = e
raise err.with_traceback(None)
