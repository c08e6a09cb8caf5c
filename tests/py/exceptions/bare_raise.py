# a bare raise re-raises the exception being handled, unchanged, from inside nested handlers and helper calls
def risky(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print('  wrapper logs and re-raises')
        raise

def rethrow_after_inner():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise               # still the KeyError

print(wrapper(3))
try:
    wrapper(-2)
except ValueError as e:
    print('caught', repr(e))
try:
    rethrow_after_inner()
except LookupError as e:
    print('caught', type(e).__name__, e)
