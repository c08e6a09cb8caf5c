# a traceback keeps the locals of every frame it passes alive, and of their callers once they end (CPython's frame objects and f_back): __del__ runs when the exception goes, innermost frame first
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('  del', self.n)

def fails(depth):
    r = R('fails%d' % depth)
    if depth: fails(depth - 1)
    raise ValueError(depth)

try:
    fails(2)
except ValueError:
    print('handler: nested frames')
print('after 1')

for i in range(2):
    try:
        fails(0)
    except ValueError:
        print('handled in a loop', i)

def gen():
    r = R('generator local')
    yield 1
    raise KeyError('g')
try:
    for x in gen(): print('got', x)
except KeyError:
    print('handler: generator')
print('after 2')

def cell_user():
    c = R('cell')
    def inner(): return c
    raise TypeError
try:
    cell_user()
except TypeError:
    print('handler: cell')

ns = {}
try:
    exec("q = R('exec namespace')\nraise IndexError", {'R': R}, ns)
except IndexError:
    print('handler: exec')
del ns
print('after exec')

try:
    class C:
        a = R('class body')
        raise AttributeError('x')
except AttributeError:
    print('handler: class body')

def catches():
    r = R('catching frame')
    try:
        fails(0)
    except ValueError as e:
        return e
saved = catches()
print('catches returned; the exception is saved')
saved = None
print('after saved = None')

def inner():
    raise ValueError
def catcher():
    c = R('catcher')
    try: inner()
    except Exception as e: return e
def top():
    t = R('caller of the catcher')
    return catcher()
saved = top()
print('top returned')
saved = None
print('after the f_back chain')

def reraiser():
    r = R('reraiser')
    try:
        fails(0)
    finally:
        print('finally')
try:
    reraiser()
except ValueError:
    print('handler: reraised')

def selfref():
    r = R('cycle through the exception')
    try:
        raise OSError
    except OSError as e:
        r.e = e
        raise
try:
    selfref()
except OSError:
    print('handler: cycle')
import gc
gc.collect()
print('after collect')

def genf():
    r = R('suspended generator')
    try:
        yield 1
        raise KeyError
    except KeyError as e:
        kept.append(e)
    yield 2
kept = []
g = genf()
print(next(g), next(g))
del g
print('generator dropped, its exception kept')
kept.clear()

import sys
def info():
    r = R('exc_info')
    try:
        raise OSError
    except OSError:
        return sys.exc_info()
t = info()
print('info returned', t[0].__name__)
del t

def with_cm():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return True
    r = R('with')
    with CM():
        raise ValueError
    return 'suppressed'
print(with_cm())

def normal():
    r = R('normal call')
    return 1
normal()

def uncaught():
    r = R('uncaught: after the traceback')
    1/0
uncaught()
