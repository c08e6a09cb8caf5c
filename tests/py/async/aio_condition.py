# asyncio.Condition: wait releases the lock; notify wakes waiters one at a time
import asyncio

async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))

async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    ts = [asyncio.create_task(consumer(cond, items, n, log)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    flags = []
    async def w(n):
        async with cond:
            await cond.wait()
            flags.append(n)
    ts = [asyncio.create_task(w(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(flags)

asyncio.run(main())
