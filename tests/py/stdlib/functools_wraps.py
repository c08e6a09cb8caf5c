# functools.wraps and update_wrapper copy __name__, __qualname__, __doc__, __module__ and __dict__, and set __wrapped__
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h=1):
    """Area of a rectangle."""
    return w * h

print(area(3, h=4))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__.__name__, area.__wrapped__(2, 5))

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain
def bare():
    "Docstring lost without wraps."
print(bare.__name__, bare.__qualname__, bare.__doc__)

class Shape:
    @logged
    def describe(self, name):
        "Describe the shape."
        return 'shape ' + name
print(Shape.describe.__qualname__, Shape().describe('sq'), Shape.describe.__doc__)

def source(x):
    "source doc"
    return x
source.tag = 'kept'
def target(x):
    return -x
r = functools.update_wrapper(target, source)
print(r is target, target.__name__, target.__doc__, target.tag, target.__wrapped__ is source, target(3))
def target2():
    pass
functools.update_wrapper(target2, source, assigned=('__doc__',), updated=())
print(target2.__name__, target2.__doc__, hasattr(target2, 'tag'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a):
            return [func(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def shout(word):
    "Loud."
    return word.upper()
print(shout('hi'), shout.__name__, shout.__doc__)
def no_doc():
    pass
print(no_doc.__doc__, functools.wraps(no_doc)(lambda: 1).__doc__)
