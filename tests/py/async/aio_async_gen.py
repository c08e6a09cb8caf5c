# async generators and comprehensions on the event loop
import asyncio

async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def main():
    print([x async for x in ticks(4, 0)])
    print([y async for y in squares(ticks(3, 0.001)) if y])
    print({x: x * 2 async for x in ticks(3, 0)})
    print({x async for x in ticks(3, 0)})
    total = 0
    async for v in squares(ticks(5, 0)):
        total += v
    print("total", total)
    g = ticks(10, 0)
    print(await g.__anext__(), await anext(g), await anext(ticks(0, 0), "default"))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")
    gen_exp = (x * 10 async for x in ticks(3, 0))
    print(type(gen_exp).__name__, [v async for v in gen_exp])
    print([await asyncio.sleep(0, r) for r in "ab"])
    it = aiter(ticks(2, 0))
    print(type(it).__name__, await it.asend(None))

asyncio.run(main())
