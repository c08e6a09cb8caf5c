# types.coroutine, iscoroutine, iscoroutinefunction, and the collections.abc views
import asyncio
import types
import collections.abc as abc

@types.coroutine
def legacy():
    yield
    return "legacy"

async def modern():
    return await legacy()

def plain():
    return 1

async def agen():
    yield 1

c = modern()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(legacy()), asyncio.iscoroutine(1))
print(asyncio.iscoroutinefunction(modern), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(legacy))
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable), isinstance(c, abc.Iterable))
g = agen()
print(isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), isinstance(g, abc.AsyncIterable))
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(hex(modern.__code__.co_flags & 0x380), hex(agen.__code__.co_flags & 0x380)))
print(asyncio.run(modern()))
c.close()

class Awaitable:
    def __await__(self):
        return (yield from legacy())

async def uses():
    return await Awaitable()
print(asyncio.run(uses()))
try:
    types.coroutine(1)
except TypeError as e:
    print("TypeError:", e)
