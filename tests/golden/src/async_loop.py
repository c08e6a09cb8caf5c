# --trace=async: the event loop at work (lesson 7)
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)          # let the others run: back of the ready queue
    return name * n

async def sleeper():
    await asyncio.sleep(0.05)           # a timer on the heap; the loop sleeps until it
    return "rested"

async def fails():
    raise ValueError("no")

async def forever(ev):
    await ev.wait()

async def main():
    t = asyncio.create_task(sleeper())
    print(await asyncio.gather(worker("a", 2), worker("b", 1)))
    print(await t)
    print(await asyncio.gather(fails(), return_exceptions=True))
    ev = asyncio.Event()
    f = asyncio.create_task(forever(ev), name="waiter")
    await asyncio.sleep(0)
    f.cancel()
    print(await asyncio.gather(f, return_exceptions=True))

asyncio.run(main())
