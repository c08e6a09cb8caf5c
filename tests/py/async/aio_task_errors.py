# what a Task refuses: bad yields, awaiting itself, a future of another loop, misuse of futures
import asyncio
import types

@types.coroutine
def bad_yield():
    yield 42

@types.coroutine
def yields_future_plainly(fut):
    yield fut          # a bare yield of a future, not `yield from` / await

async def uses_bad():
    await bad_yield()

async def main():
    t = asyncio.create_task(uses_bad())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    me = None
    async def await_self():
        await me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def await_foreign():
        await foreign
    try:
        await asyncio.create_task(await_foreign())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got ")[0].split(" ")[0], "got Future attached to a different loop" in str(e))
    other.close()

    f = asyncio.get_running_loop().create_future()
    f._asyncio_future_blocking = False
    async def plain():
        await yields_future_plainly(f)
    try:
        await asyncio.create_task(plain())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task")[0])

    g = asyncio.get_running_loop().create_future()
    it = g.__await__()
    print(next(it) is g)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.ensure_future(asyncio.sleep(0, "ensured")))

    class Awaitable:
        def __await__(self):
            yield
            return "custom awaitable"
    print(await asyncio.ensure_future(Awaitable()))
    print(await asyncio.gather(Awaitable(), asyncio.sleep(0, "x")))

asyncio.run(main())
