# to_thread and run_in_executor: blocking work on another thread while the loop goes on
import asyncio
import threading
import time
import concurrent.futures

def blocking(n):
    time.sleep(0.02)
    return n * n, threading.current_thread() is threading.main_thread()

def fails():
    raise KeyError("in a thread")

async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.001)

async def main():
    log = []
    result, t = await asyncio.gather(asyncio.to_thread(blocking, 7), ticker(log))
    print(result, log)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
    print(rs)
    try:
        await asyncio.to_thread(fails)
    except KeyError as e:
        print("KeyError from the thread:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
