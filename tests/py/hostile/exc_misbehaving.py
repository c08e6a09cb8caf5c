# exceptions that misbehave: __str__ that raises or returns a non-str, __init__ without super, raising non-exceptions, context cycles, args replaced
class BadStr(Exception):
    def __str__(self):
        raise ValueError('str failed')


class NotStr(Exception):
    def __str__(self):
        return 42


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


def attempt(label, f):
    try:
        f()
    except BaseException as e:
        try:
            text = str(e)
        except Exception as inner:
            text = '<str raised %s>' % type(inner).__name__
        print(label, type(e).__name__, repr(text))


def raise_(e):
    raise e


attempt('bad str', lambda: raise_(BadStr('x')))
attempt('not str', lambda: raise_(NotStr('x')))
attempt('no super', lambda: raise_(NoSuper(1, 2)))
attempt('raise int', lambda: raise_(5))
attempt('raise class not exception', lambda: raise_(int))
attempt('raise from int', lambda: exec('raise ValueError from 5') if False else raise_from(ValueError(), 5))


def raise_from(e, cause):
    raise e from cause


attempt('raise from non-exception', lambda: raise_from(ValueError('v'), 5))
attempt('raise from None', lambda: raise_from(ValueError('v'), None))
e1 = ValueError('one')
e2 = KeyError('two')
e1.__context__ = e2
e2.__context__ = e1
attempt('context cycle', lambda: raise_(e1))
e = Exception('a', 'b')
e.args = ('replaced',)
attempt('args replaced', lambda: raise_(e))
e.args = 5 if False else ()
attempt('args empty', lambda: raise_(e))
try:
    e.__context__ = 5
except TypeError as err:
    print('context type', err)
try:
    e.__traceback__ = 5
except TypeError as err:
    print('traceback type', err)
print('end')
raise NoSuper(1, 2)
