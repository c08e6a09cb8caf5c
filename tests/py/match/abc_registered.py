# collections.abc decides: a Sequence/Mapping subclass or a registered class matches as one; str/bytes never
import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, UserDict, UserList
class MySeq(cabc.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
class Reg:
    def __init__(self, *a): self.a = list(a)
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
class RegMap:
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def keys(self): return self.d.keys()
    def get(self, k, default=None): return self.d.get(k, default)
def kind(x):
    match x:
        case {"a": v, **rest}: return ("map", v, rest)
        case [a, b, *c]: return ("seq", a, b, c)
        case _: return ("no", type(x).__name__)
print(kind(MySeq(1, 2, 3)))
print(kind(Reg(1, 2)))
cabc.Sequence.register(Reg)
print(kind(Reg(1, 2)))
class SubReg(Reg): pass
print(kind(SubReg(4, 5, 6)))
print(kind(RegMap({"a": 1})))
cabc.Mapping.register(RegMap)
print(kind(RegMap({"a": 1, "b": 2})))
print(kind(deque([1, 2])), kind(range(3)), kind("ab"), kind(b"ab"), kind(bytearray(b"ab")))
print(kind(OrderedDict(a=1)), kind(defaultdict(int, a=2)), kind(UserDict(a=3)), kind(UserList([1, 2])))
print(kind(memoryview(b"xy")))
d = defaultdict(list)
match d:
    case {"missing": _}: print("no")
    case _: print(dict(d))
