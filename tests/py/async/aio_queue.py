# asyncio.Queue: producers and consumers, join/task_done, maxsize, the nowait errors
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print("put", f"{name}{i}", "size", q.qsize())

async def consumer(q, name, got):
    while True:
        item = await q.get()
        got.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    got = []
    consumers = [asyncio.create_task(consumer(q, c, got)) for c in "XY"]
    await asyncio.gather(producer(q, "a", 3), producer(q, "b", 2))
    await q.join()
    print(got)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q.full(), str(q))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out; getters left:", len(q._getters))

asyncio.run(main())
