# the future features reach code compiled at run time: exec(), eval() and
# compile() inherit the caller's (unless dont_inherit), compile() takes them
# as flags and checks its flags; code objects carry them in co_flags
from __future__ import annotations
import __future__
exec("def g(x: undefined) -> int: pass\nprint(g.__annotations__)")
code = compile("def h(y: nope): pass", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns['h'].__annotations__)
code = compile("def h(y: nope): pass", "<s>", "exec", dont_inherit=True)
try:
    exec(code, {})
except NameError as e:
    print('NameError', e)
def f(): pass
print(hex(f.__code__.co_flags))
print(eval("1 + 1"))
def t(*a, **k):
    try:
        co = compile(*a, **k)
        print('ok', hex(co.co_flags))
    except Exception as e:
        print(type(e).__name__, e)
t('x = 1', 's', 'exec', 'a')
t('x = 1', 's', 'exec', 0x1)
t('x = 1', 's', 'exec', 0, 0, 3)
t('x = 1', 's', 'exec', 0, 0, -2)
t('x = 1', 's', 'exec', __future__.division.compiler_flag)
t('x = 1', 's', 'exec', __future__.annotations.compiler_flag | __future__.generator_stop.compiler_flag)
t('from __future__ import annotations\nx = 1', 's', 'exec')
t('x = 1', 's', 'exec', flags=0, dont_inherit=True)
t('x = 1', 's', 'exec', 0x10)
t('x = 1', 's', 'exec', dont_inherit='x')
t('x = 1', 's', 'exec', 2**40)
def f(): pass
print(hex(f.__code__.co_flags))
