# protocols 0 (text) and 1: decimal ints, repr floats, raw-unicode-escaped str, PUT/GET, copy_reg._reconstructor
import pickle
class P:
    def __init__(self): self.a = 1
class E: pass
class L(list): pass
def f(): pass
x = [1]
vals = [None, True, False, 0, 1, -5, 300, 70000, 2**31, 2**40, 2**63, -2**70, 1.5, 1e100, -0.0, 1.0, 'héllo', 'a\\b\nc\rd\x00e\x1af', 'snow ☃ 😀',
        b'by', b'', bytearray(b'c'), (1, 2), (), (1, 2, 3, 4), [1, [2]], [], {'a': 1, 'b': 2}, {}, {3}, frozenset({4}), len,
        ValueError('v'), range(3), str, P(), E(), f, x, x, L([1, 2])]
for proto in (0, 1):
    d = pickle.dumps(vals, protocol=proto)
    print(proto, d)
    back = pickle.loads(d)
    print(back[:17], back[17] == vals[17], back[18:35], type(back[35]).__name__, back[35].a, type(back[36]).__name__, back[37] is f, back[38] is back[39], back[40], type(back[40]).__name__)
t = ([],); t[0].append(t)
print(pickle.dumps(t, protocol=0), pickle.dumps(t, protocol=1))
t4 = ([], 1, 2, 3); t4[0].append(t4)
print(pickle.dumps(t4, protocol=0), pickle.dumps(t4, protocol=1))
import io
class Tracer(pickle.Pickler):
    def persistent_id(self, obj):
        return obj[3:] if isinstance(obj, str) and obj.startswith('db:') else None
class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid
for proto in (0, 1):
    f = io.BytesIO()
    Tracer(f, protocol=proto).dump(['db:users', 'plain'])
    print(f.getvalue())
    f.seek(0)
    print(Loader(f).load())
class Slotted(list):
    pass
s = Slotted([3])
s.tag = 't'
print(pickle.dumps(s, protocol=0), pickle.loads(pickle.dumps(s, protocol=1)).tag)
try:
    pickle.dumps((x for x in []), protocol=0)
except TypeError as e:
    print('TypeError', e)
