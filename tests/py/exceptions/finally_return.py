# return inside try and finally: finally always runs; a return in finally overrides the try's return and discards an exception
def plain():
    try:
        return 'from try'
    finally:
        print('  finally runs before the return completes')

def override():
    try:
        return 'from try'
    finally:
        return 'from finally'

def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'

def value_is_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('  x changed to', x)

def except_return():
    try:
        int('bad')
    except ValueError:
        return 'from except'
    finally:
        print('  finally after except-return')

def nested():
    try:
        try:
            return 'inner'
        finally:
            print('  inner finally')
    finally:
        print('  outer finally')

for f in [plain, override, swallow, value_is_computed_first, except_return, nested]:
    print(f.__name__, '->', f())
