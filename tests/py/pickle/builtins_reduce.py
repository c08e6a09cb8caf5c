# built-in values pickled by a reduce recipe: exceptions, range, slice, singletons and their types
import pickle
class AppError(Exception):
    pass
err = AppError('disk full', 28)
err.detail = 'sda1'
for v in [ValueError('bad value'), KeyError('k'), OSError(2, 'No such file'), StopIteration(5), AppError('x'),
          err, range(10), range(1, 20, 3), slice(1, 2), slice(None, None, -1), Ellipsis, NotImplemented,
          type(None), type(Ellipsis), type(NotImplemented), bytearray(b'ba')]:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(repr(v), data)
    print('   ', repr(back), type(back).__name__, getattr(back, 'args', ''), getattr(back, 'detail', ''))
