# the reprs of tasks and futures as they move through their states (the file name cut)
import asyncio

def show(obj):
    print(repr(obj).replace(work.__code__.co_filename, "FILE"))

async def work():
    await asyncio.sleep(0.01)
    return 5

async def boom():
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(work())
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    b = asyncio.create_task(boom(), name="bomb")
    await asyncio.gather(b, return_exceptions=True)
    show(b)
    c = asyncio.create_task(work())
    c.cancel()
    show(c)
    await asyncio.gather(c, return_exceptions=True)
    show(c)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(print)
    show(f)
    f.set_result([1, 2])
    show(f)
    await asyncio.sleep(0)
    g = asyncio.gather(work(), work())
    show(g)
    await g
    show(g)

asyncio.run(main())
