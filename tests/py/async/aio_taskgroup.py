# TaskGroup: waits for all its tasks; a failure cancels the rest and leaves as an ExceptionGroup
import asyncio

async def job(name, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    log.append(f"{name} done")
    return name

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.1, log))
        t2 = tg.create_task(job("b", 0.01, log), name="bee")
        print("inside", t2.get_name())
    print("after", log, t1.result(), t2.result())

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.5, log))
            tg.create_task(job("bad", 0.01, log, fail=True))
            tg.create_task(job("worse", 0.1, log, fail=True))
            await asyncio.sleep(1)
            log.append("body not reached")
    except Exception as eg:
        print(type(eg).__name__, "|", eg, "|", [repr(e) for e in eg.exceptions])
        print(eg.message)
    print(sorted(log))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.5, log))
            raise KeyError("body")
    except Exception as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("y", 0, log))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = job("z", 0, log)
    async with tg:
        pass
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

asyncio.run(main())
