# protocol 2 (Python 2 compatible): bytes through _codecs.encode, GLOBAL with Python 2 names, BINPUT
import pickle
class P:
    def __init__(self): self.a = 1
class Outer:
    class Inner: pass
def f(): pass
vals = [None, True, 1, -5, 300, 70000, 2**40, -2**70, 1.5, 'héllo', b'by', b'', b'by', bytearray(b'c'), bytearray(), (1, 2), (), [1, [2]],
        {'a': 1}, {3}, frozenset({4}), len, ValueError('v'), OSError(2, 'x'), FileNotFoundError(2, 'y'), range(3), str, int, object, zip, P(), Outer.Inner, f, Ellipsis, type(None)]
d = pickle.dumps(vals, protocol=2)
print(d)
back = pickle.loads(d)
print(back[:21], back[21] is len, back[22:25], back[25:30], type(back[30]).__name__, back[30].a, back[31] is Outer.Inner, back[32] is f, back[33:])
ba = b'a'
print(pickle.dumps([ba, b'b', ba], protocol=2), pickle.dumps(Outer.Inner(), protocol=2))
print(pickle.dumps([1, 2] * 3, protocol=3), pickle.dumps({1, 2}, protocol=3), pickle.dumps(b'\x00\xff', protocol=2))
print(pickle.loads(pickle.dumps(b'\x00\xff\x80', protocol=2)), pickle.loads(pickle.dumps(bytearray(b'\xfe'), protocol=2)))
