# contextlib: @contextmanager (setup/cleanup, exceptions thrown in, used as decorator), suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as t:
    print('inside', t)
with tag('outer'), tag('inner'):
    print('nested')
try:
    with tag('err'):
        raise KeyError('boom')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print('handled in the generator:', e)
with handled():
    1 / 0
print('after handled')

@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(1), decorated(2))

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed KeyError')
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError not suppressed')

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False
with closing(Resource('r1')) as r:
    print('using', r.name)
with nullcontext('value') as v:
    print(v)
with nullcontext() as v:
    print(v)

with ExitStack() as stack:
    resources = [stack.enter_context(Resource(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback registered last runs first')
    print('body with', [r.name for r in resources])
try:
    with ExitStack() as stack:
        stack.enter_context(Resource('c'))
        raise ValueError('inside stack')
except ValueError as e:
    print('stack re-raised', e)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise TypeError('swallowed by a pushed exit')
print('after swallowing')
stack = ExitStack()
stack.enter_context(Resource('kept'))
moved = stack.pop_all()
stack.close()
print('moved still open')
moved.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    print('second', 2)
print(repr(buf.getvalue()))
