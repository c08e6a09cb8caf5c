# a pipeline: a producer, a pool of workers and a collector joined by queues
import asyncio

async def produce(q, n, workers):
    for i in range(n):
        await q.put(i)
    for _ in range(workers):
        await q.put(None)        # one stop marker per worker

async def work(name, inq, outq, stats):
    while True:
        item = await inq.get()
        if item is None:
            inq.task_done()
            break
        await asyncio.sleep(0.001 * (item % 3))
        await outq.put((item, item * item))
        stats[name] = stats.get(name, 0) + 1
        inq.task_done()

async def collect(outq, n):
    results = {}
    while len(results) < n:
        k, v = await outq.get()
        results[k] = v
    return results

async def main():
    n, workers = 12, 3
    inq, outq = asyncio.Queue(maxsize=4), asyncio.Queue()
    stats = {}
    collector = asyncio.create_task(collect(outq, n))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce(inq, n, workers))
        for w in range(workers):
            tg.create_task(work(f"w{w}", inq, outq, stats))
    results = await collector
    print(sorted(results.items()))
    print("items handled:", sum(stats.values()), "workers used:", len(stats))
    await inq.join()
    print("queue empty:", inq.empty(), outq.empty())

asyncio.run(main())
