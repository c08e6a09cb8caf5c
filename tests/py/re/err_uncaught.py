# an uncaught re.error ends the program with CPython's last line
import re
try:
    re.compile('(unclosed')
except re.error as err:
    print(err.msg, err.pos)
    raise err.with_traceback(None)
