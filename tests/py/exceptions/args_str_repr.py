# e.args, str(e) and repr(e) with zero, one and several arguments, for built-in and user exceptions
class AppError(Exception):
    pass
samples = [ValueError(), ValueError('bad value'), ValueError('bad', 42), KeyError('key'),
           KeyError(), KeyError('a', 'b'), IndexError(3), AppError('custom', [1, 2]),
           StopIteration(7), Exception(None), RuntimeError('')]
for e in samples:
    print(repr(e).ljust(36), repr(str(e)).ljust(24), e.args)
try:
    {'a': 1}['b']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    int('x1')
except ValueError as e:
    print(e.args)
e = AppError('msg')
e.args = ('changed',)
print(str(e), e)
