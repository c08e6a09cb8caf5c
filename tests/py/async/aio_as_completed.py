# as_completed: results in the order they finish; a timeout for the rest
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    jobs = [job("third", 0.15), job("first", 0.01), job("second", 0.08)]
    for i, next_done in enumerate(asyncio.as_completed(jobs)):
        print(i, await next_done)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("quick", 0.01), ("late", 0.5)]]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            got.append(await fut)
    except asyncio.TimeoutError:
        print("timeout after", got)
    tasks[1].cancel()
    try:
        for f in asyncio.as_completed(job("x", 0)):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
