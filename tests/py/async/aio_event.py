# asyncio.Event: waiters block until set; clear makes them wait again
import asyncio

async def waiter(ev, name, log):
    log.append(f"{name} waits")
    await ev.wait()
    log.append(f"{name} woke")

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print(log, len(ev._waiters))
    ev.set()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0.01)
    print("after clear:", t.done())
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await t)

asyncio.run(main())
