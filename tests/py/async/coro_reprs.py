# the reprs and type names of coroutine machinery (addresses cut off)
import types

def cut(r):
    return r.split(" at 0x")[0] + (">" if " at 0x" in r else "")

async def coro():
    return 1

async def agen():
    yield 1

class K:
    async def method(self):
        pass
    async def agen_method(self):
        yield

c = coro()
print(cut(repr(c)))
print(cut(repr(K().method())))
g = agen()
print(cut(repr(g)), cut(repr(K().agen_method())))
print(cut(repr(g.__anext__())).split(" object")[0], type(g.asend(None)).__name__)
print(cut(repr(g.athrow(ValueError))).split(" object")[0])
print(cut(repr(c.__await__())).split(" object")[0])
print(type(coro).__name__, type(c).__name__, type(g).__name__)
print(coro.__code__.co_name, c.cr_code is coro.__code__, g.ag_code is agen.__code__)
print(types.CoroutineType is type(c), types.AsyncGeneratorType is type(g))
print(c.__name__, c.__qualname__, g.__name__, g.__qualname__)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__)
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(c.cr_suspended if hasattr(c, "cr_suspended") else "no cr_suspended")
c.close()
try:
    hash(c)
    print("hashable")
except TypeError:
    print("unhashable")
print(c == c, c != coro().__await__().__class__)
