# async generators, async for, async with and async comprehensions, driven by hand with send()
import types

class Yield:
    """an awaitable that suspends the coroutine once, handing a value up"""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

def run(coro):
    """drive a coroutine to its end, printing what it hands up"""
    sent = None
    while True:
        try:
            up = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  loop got", up)
        sent = up * 10 if isinstance(up, int) else None

async def agen(n):
    for i in range(n):
        got = await Yield(i)
        yield i, got
    print("  agen done")

async def use_for():
    out = []
    async for pair in agen(3):
        out.append(pair)
    else:
        out.append("else")
    return out

print(run(use_for()))

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("  enter", self.name)
        await Yield(1)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("  exit", self.name, typ.__name__ if typ else None)
        await Yield(2)
        return self.suppress

async def use_with():
    async with CM("a") as x, CM("b") as y:
        print("  body", x, y)
    async with CM("c", suppress=True):
        raise ValueError("swallowed")
    try:
        async with CM("d"):
            raise KeyError("k")
    except KeyError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 1:
                break
    return "with done"

print(run(use_with()))

async def comps():
    a = [x async for x in agen(2)]
    b = {x[0]: x[1] async for x in agen(2)}
    c = [await Yield(i) for i in range(2)]
    d = [x async for x in agen(3) if x[0] != 1]
    g = (x[0] * 2 async for x in agen(2))
    e = [v async for v in g]
    return a, b, c, d, e

print(run(comps()))

async def manual():
    g = agen(2)
    print(type(g).__name__, g.__name__, type(g.__anext__()).__name__)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = agen(5)
    print(await g2.__anext__())
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed")
    return "manual done"

print(run(manual()))

@types.coroutine
def legacy():
    v = yield "legacy"
    return v

async def uses_legacy():
    return await legacy()

print(run(uses_legacy()))
