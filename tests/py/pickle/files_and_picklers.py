# dump/load through files, several pickles in one stream, Pickler and Unpickler objects, protocols
import pickle
import io
buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump({'a': 'b'}, buf)
pickle.dump('third', buf, protocol=3)
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError', e)
out = io.BytesIO()
p = pickle.Pickler(out)
shared = ['shared']
p.dump(shared)
p.dump(shared)
print(out.getvalue())
out.seek(0)
u = pickle.Unpickler(out)
first, second = u.load(), u.load()
print(first, second, first is second)
q = pickle.Pickler(io.BytesIO(), protocol=5)
print(q.proto if hasattr(q, 'proto') else 5, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for proto in [3, 4, 5, -1, None]:
    print(proto, pickle.dumps([1, 'a', b'b', (1,), {2}, frozenset([3]), len, bytearray(b'z')], protocol=proto))
class Tracer(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('db:'):
            return obj[3:]
        return None
class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid
f = io.BytesIO()
Tracer(f).dump(['db:users', 'plain', 'db:orders'])
print(f.getvalue())
f.seek(0)
print(Loader(f).load())
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PickleError.__mro__[1].__name__)
