# an uncaught ValueError from @unique: duplicate values found in <enum 'Color'>: GREEN -> RED
from enum import Enum, unique
try:
    @unique
    class Color(Enum):
        RED = 1
        GREEN = 1
except ValueError as e:
    err = e
raise err.with_traceback(None)
