# an except clause for a base class catches its subclasses: LookupError, ArithmeticError, NameError, Exception, BaseException
def run(f):
    for base in [LookupError, ArithmeticError, NameError, ImportError, RuntimeError, Exception]:
        try:
            f()
        except base as e:
            return type(e).__name__ + ' caught by ' + base.__name__
        except BaseException:
            continue
    return 'not caught'

def unbound():
    print(x)
    x = 1

def recurse():
    recurse()

import math
cases = [lambda: [][1], lambda: {}[1], lambda: 1 // 0, lambda: math.exp(1000),
         lambda: undefined_name, unbound, lambda: __import__('no_such_module_here'),
         recurse, lambda: int('?')]
for c in cases:
    print(run(c))
for exc in [KeyboardInterrupt, SystemExit]:
    try:
        try:
            raise exc
        except Exception:
            print('never: Exception does not catch', exc.__name__)
    except BaseException as e:
        print(type(e).__name__, 'caught only by BaseException', isinstance(e, Exception))
