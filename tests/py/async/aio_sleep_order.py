# tasks sleeping: woken in the order of their deadlines; sleep(0) takes turns
import asyncio

async def sleeper(name, delay, log):
    log.append(f"{name} sleeps {delay}")
    await asyncio.sleep(delay)
    log.append(f"{name} wakes")
    return name

async def spinner(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log)) for n, d in
             [("slow", 0.15), ("fast", 0.01), ("mid", 0.08)]]
    for t in tasks:
        await t
    print(log)
    log = []
    await asyncio.gather(spinner("a", 3, log), spinner("b", 2, log), spinner("c", 4, log))
    print(log)
    print(await asyncio.sleep(0.001, result="slept"))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, "negative"))

asyncio.run(main())
