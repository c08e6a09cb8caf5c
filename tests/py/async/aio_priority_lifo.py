# PriorityQueue and LifoQueue
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        await pq.put(item)
    print([await pq.get() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    waiter = asyncio.create_task(lq.get())
    await asyncio.sleep(0)
    print("waiting:", waiter.done())
    await lq.put("late")
    print(await waiter)
    print(type(pq).__mro__[1].__name__, isinstance(lq, asyncio.Queue))

asyncio.run(main())
