# an uncaught ValueError from a value that is no member (raised again without enum.py's frames, whose paths differ from CPython's)
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color(1))
try:
    Color(4)
except ValueError as e:
    err = e
raise err.with_traceback(None)
