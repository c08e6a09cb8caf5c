# the name bound by "except ... as e" is deleted when the handler ends, even if it existed before
e = 'before'
try:
    raise ValueError('inside')
except ValueError as e:
    print('in handler:', repr(e))
print('e' in globals())
saved = None
try:
    raise KeyError('k')
except KeyError as err:
    saved = err
print('saved survives:', repr(saved))
print(e)
