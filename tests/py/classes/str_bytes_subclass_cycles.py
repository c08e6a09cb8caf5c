# instances of str and bytes subclasses with a __dict__ are seen by the cycle collector: a cycle through one is freed (an enum's str members refer to their class)
import gc
class S(str): pass
class B(bytes): pass
class Holder: pass
for cls, base in ((S, str), (B, bytes)):
    x = base.__new__(cls, b"abc" if base is bytes else "abc")
    x.me = x
    h = Holder()
    h.item = x
    x.holder = h
    del x, h
    print(cls.__name__, gc.collect() >= 2)
s = S("text"); s.attr = 1
print(s, s.attr, s.upper(), type(s).__name__, B(b"xy").hex())
