# builtins is a real module: its names are found last; adding a name to it makes the name visible everywhere
import builtins
print(builtins.len is len, builtins.print is print, type(builtins).__name__, builtins.__name__)
print(callable(builtins.sorted), 'ValueError' in dir(builtins), 'math' in dir(builtins))
builtins.greeting = 'hello from builtins'
def anywhere():
    return greeting
print(anywhere())
greeting = 'global shadows it'
print(anywhere())
del greeting
print(anywhere())
del builtins.greeting
try:
    anywhere()
except NameError as e:
    print('NameError:', e)
print('__name__' in dir(builtins), __name__, 'len' in globals())
