# asyncio.Lock: only one coroutine in the critical section between awaits
import asyncio

counter = 0

async def unsafe_add():
    global counter
    v = counter
    await asyncio.sleep(0)
    counter = v + 1

async def safe_add(lock):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0)
        counter = v + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe_add() for _ in range(5)))
    print("without a lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_add(lock) for _ in range(5)))
    print("with a lock:", counter)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    order = []
    async def take(n):
        async with lock:
            order.append(n)
    ts = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("queued behind the lock:", order)
    lock.release()
    await asyncio.gather(*ts)
    print("in order:", order)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
