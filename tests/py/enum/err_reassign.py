# an uncaught AttributeError: a member cannot be reassigned (cannot reassign member 'RED')
from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 2
except AttributeError as e:
    err = e
raise err.with_traceback(None)
