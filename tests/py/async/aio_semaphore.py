# asyncio.Semaphore: at most N at once; BoundedSemaphore refuses extra releases
import asyncio

running = 0
peak = 0

async def limited(sem, i, log):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        log.append(f"start {i}")
        await asyncio.sleep(0.001 * (5 - i))
        log.append(f"end {i}")
        running -= 1

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    log = []
    await asyncio.gather(*(limited(sem, i, log) for i in range(5)))
    print("peak", peak)
    print(log[:2])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked:", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print("blocked:", t.done())
    s0.release()
    print(await t)

asyncio.run(main())
