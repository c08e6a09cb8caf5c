# a SyntaxError in an imported module, as CPython reports it
import sys
HERE = sys.path[0]
try:
    import syntax_error_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, (e.filename or '').replace(HERE, '<here>'), repr(e.text))
print('syntax_error_mod' in sys.modules)
