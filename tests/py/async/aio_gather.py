# gather: results in argument order, return_exceptions, the first failure
import asyncio

async def value(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(value(1, 0.1), value(2, 0.04), value(3, 0)))
    print(await asyncio.gather())
    c = value("same", 0)
    print(await asyncio.gather(c, c))
    res = await asyncio.gather(value(1, 0), fail("bad", 0.01), value(3, 0.08),
                               return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res])
    slow = asyncio.create_task(value("slow", 0.1))
    try:
        await asyncio.gather(fail("first", 0.01), slow)
    except ValueError as e:
        print("gather raised", repr(e), "slow done?", slow.done())
    print("slow later:", await slow)
    t = asyncio.create_task(value("t", 0))
    g = asyncio.gather(t, value("v", 0))
    print(type(g).__name__, await g)

asyncio.run(main())
