# seq * n and n * seq where n has only __index__: list, str, tuple, bytes, bytearray, deque, subclasses, in place
class I:
    def __index__(self): return 3
class Big:
    def __index__(self): return 2**100
class Neg:
    def __index__(self): return -1
class Bad:
    def __index__(self): return "x"
for seq in ([0], "ab", (1,), b"z", bytearray(b"q")):
    print(seq * I(), I() * seq, seq * Neg())
    x = seq; x *= I(); print(x)
for b in (Big(),):
    try: [0] * b
    except (OverflowError, MemoryError) as e: print(type(e).__name__, e)
try: [0] * Bad()
except TypeError as e: print(e)
try: [0] * 1.5
except TypeError as e: print(e)
try: 1.5 * "a"
except TypeError as e: print(e)
class M:
    def __mul__(self, o): return "M.mul"
    def __rmul__(self, o): return "M.rmul"
    def __index__(self): return 2
print([1] * M(), M() * [1])
print(range(5)[I()], [1,2,3,4][I()], "abcd"[I()])
class I:
    def __index__(self): return 2
class L(list): pass
class S(str): pass
class T(tuple): pass
class B(bytes): pass
def f():
    out = []
    for i in range(100):
        out.append(([0] * I(), I() * [0], "a" * I(), I() * (1,), b"x" * I(), I() * b"y"))
    return out[-1]
print(f())
print(L([1]) * I(), I() * L([1]), S("s") * I(), I() * S("s"), T((1,)) * I(), B(b"b") * I(), I() * B(b"b"))
import collections
print(collections.deque([1]) * I(), I() * collections.deque([1]))
x = L([1]); x *= I(); print(x)
x = collections.deque([1]); x *= I(); print(x)
x = bytearray(b"a"); x *= I(); print(x)
print(I() * bytearray(b"c"))
class J(int):
    pass
print([1] * J(2), J(2) * "ab")
print(memoryview(b"ab").tobytes() * I())
class A: pass
A.__index__ = lambda self: 2
print([0] * A(), A() * "ab")
class R:
    def __rmul__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __index__(self): return 3
print([0] * R(), R() * (1,))
class Base:
    def __index__(self): return 2
class D(Base): pass
print(D() * [5])
class Q:
    __index__ = Base.__index__
print("q" * Q())
class Sub(int):
    def __index__(self): return 5
print([1] * Sub(2))
import operator
print(operator.mul([1], A()), operator.index(A()))
print(operator.imul([1], A()))
print(operator.concat([1], [2]))
class Meta(type):
    def __index__(cls): return 2
class WithMeta(metaclass=Meta): pass
print([0] * WithMeta)

